/**
 * Vern's additions to fideslang's default taxonomy, as `key: 'Name | Description'`: Nordic identifiers,
 * B2B data, card data Vern allows (P4), and the purposes and people of a Nordic webshop (P1, P2). None
 * of these keys is in fideslang; each hangs under a fideslang parent or is a new root.
 */
export const VERN_CATEGORIES: Record<string, string> = {
  'user.authorization.password.hash':
    'Password Hash | A one-way hash of the password; the password itself is not stored.',
  'user.government_id.national_identification_number.dk_cpr':
    'Danish CPR Number | Danish personal identification number (CPR-nummer) from the Central Person Register.',
  'user.government_id.national_identification_number.no_fodselsnummer':
    'Norwegian National Identity Number | Norwegian fødselsnummer or D-nummer from the National Population Register.',
  'user.government_id.national_identification_number.se_personnummer':
    'Swedish Personal Identity Number | Swedish personnummer or samordningsnummer.',
  'user.government_id.national_identification_number.fi_henkilotunnus':
    'Finnish Personal Identity Code | Finnish henkilötunnus.',
  'user.professional_information.workplace.company_registration_number':
    "Company Registration Number | The registration number of the person's company, e.g. CVR, organisasjonsnummer, organisationsnummer or Y-tunnus.",
  'user.professional_information.workplace.gln':
    'EAN/GLN Location Number | The GS1 location number (EAN/GLN) of the workplace, used for electronic invoicing to public institutions.',
  'user.professional_information.workplace.address':
    "Company Address | The postal address of the person's company or workplace.",
  'user.financial.credit_card.last_four':
    'Card Last Four Digits | The last four digits of a payment card; never the full card number.',
  'user.financial.credit_card.expiry': 'Card Expiry Date | The expiry month and year of a payment card.',
  'user.financial.invoice_history': 'Invoice History | Invoices sent to the person and their payment status.',
  'user.device.ip_address.truncated':
    'Truncated IP Address | An IP address with its last part removed before storage, so it no longer identifies a device.',
  'user.device.session': 'Session Data | Session identifiers and the times of a visit.',
  'user.correspondence': 'Correspondence | Messages exchanged with the person.',
  'user.correspondence.inquiry': 'Inquiries | Questions and requests the person has sent.',
  'user.correspondence.complaint': 'Complaints | Complaints and claims about goods or services.',
  'user.offer': 'Offers Given | Offers and quotes given to the person or their company.',
  'user.marketing_interaction':
    'Marketing Interactions | Whether the person opened marketing messages and which links they clicked.',
}

export const VERN_USES: Record<string, string> = {
  'essential.service.order_handling':
    'Order Handling | Receives, packs and delivers orders, and handles returns.',
  'essential.legal_obligation.bookkeeping':
    'Bookkeeping | Keeps accounting records as the bookkeeping act of the country requires.',
  'essential.legal_obligation.data_subject_requests':
    'Data-Subject Requests | Answers requests from people exercising their rights under the GDPR.',
  'finance.invoicing': 'Invoicing | Sends invoices and follows up on payments.',
  'marketing.communications.email.newsletter': 'Newsletter | Sends newsletters to those who signed up.',
  'marketing.competitions': 'Competitions | Runs competitions and prize draws and contacts the winners.',
  'marketing.review_invitations':
    'Review Invitations | Invites customers to review a purchase, e.g. on a review platform.',
  'analytics.surveys': 'Surveys | Asks customers about their experience to improve products and service.',
  'personalize.content.recommendations':
    'Personalised Recommendations | Recommends products based on earlier purchases and browsing.',
  'sales.offers': 'Offers | Prepares offers and quotes for prospective and existing customers.',
}

export const VERN_SUBJECTS: Record<string, string> = {
  'customer.b2b_contact': 'Business Customer Contact | A contact person at a company that is a customer.',
  'prospect.b2b_contact':
    'Business Prospect Contact | A contact person at a company that may become a customer.',
  'supplier_vendor.contact': 'Supplier Contact | A contact person at a supplier or vendor.',
  newsletter_subscriber: 'Newsletter Subscriber | A person who has signed up for a newsletter.',
  website_visitor: 'Website Visitor | A person who visits the website or webshop.',
  competition_participant:
    'Competition or Survey Participant | A person taking part in a competition, prize draw or survey.',
}
