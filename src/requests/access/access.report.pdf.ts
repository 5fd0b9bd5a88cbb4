import { createRequire } from 'node:module'
import type { Readable } from 'node:stream'
import PDFDocument from 'pdfkit'
import type { PackageFacts } from './access.facts.js'
import { type Block, buildReport } from './access.report.js'
import { ACCESS_TEXT } from './access.text.js'

// DejaVu Sans prints every letter of the five languages (æ ø å ä ö š ž) and most others a name may
// have; the PDF's standard fonts cover only Latin-1.
const require = createRequire(import.meta.url)
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')

const MARGIN = 56
const GREY = '#57606a'

/**
 * The report for people as a PDF (A4), the same content as report.html. The document is a stream:
 * the ZIP pulls its bytes as they are written.
 */
export function reportPdf(facts: PackageFacts): Readable {
  const r = buildReport(facts)
  const t = ACCESS_TEXT[facts.language]
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: REGULAR,
    bufferPages: true,
    lang: r.language,
    displayTitle: true,
    info: { Title: r.title, Author: facts.organisation.name, Creator: 'Vern' },
  })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
  const width = doc.page.width - 2 * MARGIN

  doc.font('bold').fontSize(20).text(r.title)
  for (const [i, section] of r.sections.entries()) {
    if (i > 0) {
      doc.moveDown(1)
      keepRoom(doc, 60)
      doc.font('bold').fontSize(14).text(section.heading, MARGIN)
    }
    doc.moveDown(0.3)
    for (const b of section.blocks) block(doc, b, width)
  }
  doc.moveDown(1)
  doc.font('regular').fontSize(9).fillColor(GREY).text(r.footer, MARGIN).fillColor('black')

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(t.page(i + 1), MARGIN, doc.page.height - 36, { width, align: 'right', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return doc as unknown as Readable
}

function keepRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function block(doc: PDFKit.PDFDocument, b: Block, width: number): void {
  doc.fillColor('black')
  switch (b.type) {
    case 'p':
      doc.font('regular').fontSize(10.5).text(b.text, MARGIN, undefined, { width }).moveDown(0.4)
      return
    case 'h3':
      keepRoom(doc, 40)
      doc.font('bold').fontSize(11.5).text(b.text, MARGIN, undefined, { width }).moveDown(0.2)
      return
    case 'list':
      doc.font('regular').fontSize(10.5).list(b.items, MARGIN, undefined, { width, bulletRadius: 2 })
      doc.moveDown(0.4)
      return
    case 'facts':
      for (const [label, value] of b.rows) {
        keepRoom(doc, 28)
        doc.font('bold').fontSize(10.5).text(`${label}: `, MARGIN, undefined, { width, continued: true })
        doc.font('regular').text(value)
      }
      doc.moveDown(0.4)
      return
    case 'table':
      table(doc, b.head, b.rows, width)
      doc.moveDown(0.4)
      return
  }
}

/** A plain table: equal columns, a bold head repeated on each new page, a rule under each row. */
function table(doc: PDFKit.PDFDocument, head: string[], rows: string[][], width: number): void {
  const gap = 6
  const column = (width - gap * (head.length - 1)) / head.length
  const size = head.length > 4 ? 8.5 : 9.5
  const line = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(size)
    const height = Math.max(...cells.map((c) => doc.heightOfString(c || ' ', { width: column })))
    const top = doc.y
    cells.forEach((c, i) => {
      doc.text(c, MARGIN + i * (column + gap), top, { width: column })
    })
    doc.y = top + height + 3
    doc
      .moveTo(MARGIN, doc.y - 1.5)
      .lineTo(MARGIN + width, doc.y - 1.5)
      .lineWidth(0.5)
      .strokeColor('#d0d7de')
      .stroke()
  }
  keepRoom(doc, 40)
  line(head, true)
  for (const row of rows) {
    doc.font('regular').fontSize(size)
    const height = Math.max(...row.map((c) => doc.heightOfString(c || ' ', { width: column })))
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      line(head, true)
    }
    line(row, false)
  }
  doc.x = MARGIN
}
