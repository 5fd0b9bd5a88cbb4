// Progressive enhancement only: every page works without this file.
// On narrow screens the navigation folds behind a Menu button.
document.documentElement.classList.add('js')
const toggle = document.querySelector('.menu-toggle')
const nav = document.getElementById('nav')
if (toggle && nav) {
  const narrow = window.matchMedia('(max-width: 48rem)')
  const sync = () => {
    toggle.hidden = !narrow.matches
  }
  sync()
  narrow.addEventListener('change', sync)
  toggle.addEventListener('click', () => {
    const open = nav.classList.toggle('open')
    toggle.setAttribute('aria-expanded', String(open))
  })
}
// Buttons that ask before doing something that cannot be undone.
for (const form of document.querySelectorAll('form[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.getAttribute('data-confirm') || '')) event.preventDefault()
  })
}
