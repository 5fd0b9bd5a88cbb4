/**
 * fideslang's default taxonomy, version 3.2.0, as `key: 'Name | Description'`, copied verbatim (spelling
 * included, e.g. `symptons`, `probablistic`) from ethyca/fideslang:
 * - data_files/data_categories.yml (commit 1144db3c9689e7324d92659e7240cac2dd384029)
 * - data_files/data_uses.yml (commit cd3bcf1090bb9c81ab56cc1b14980e3ed07ac48f)
 * - src/fideslang/default_taxonomy/data_subjects.py
 * Items fideslang marks as deprecated (e.g. user.workplace → user.professional_information.workplace,
 * personalize.profiling → personalize.content.profiling) are left out; an import may still add them.
 */
export const FIDESLANG_CATEGORIES: Record<string, string> = {
  system: 'System Data | Data unique to, and under control of the system.',
  'system.authentication': 'Authentication Data | Data used to manage access to the system.',
  'system.operations': 'Operations Data | Data used for system operations.',
  user: 'User Data | Data related to the user of the system, either provided directly or derived based on their usage.',
  'user.account': 'Account Information | Account creation or registration information.',
  'user.account.username': 'Account Username | Username associated with account.',
  'user.authorization': 'Authorization Information | Scope of permissions and access to a system.',
  'user.authorization.credentials': 'Account password | Authentication credentials to a system.',
  'user.authorization.biometrics': 'Biometric Authentication | Credentials for system authentication.',
  'user.authorization.password': 'Password | Password for system authentication.',
  'user.behavior': 'Observed Behavior | Behavioral data about the subject.',
  'user.behavior.browsing_history': 'Browsing History | Content browsing history of a user.',
  'user.behavior.media_consumption': 'Media Consumption | Content consumption history of the subject.',
  'user.behavior.purchase_history': 'Purchase History | Purchase history of the subject.',
  'user.behavior.search_history': 'Search History | Search history of the subject.',
  'user.biometrics': 'Biometrics | Encoded characteristics provided by a user.',
  'user.biometrics.fingerprint': 'Fingerprint Data | Fingerprint encoded data about a subject.',
  'user.biometrics.retinal': 'Retinal Data | Retinal data about a subject.',
  'user.biometrics.voice': 'Voice Data | Voice encoded data about a subject.',
  'user.children': 'Children | Data relating to children.',
  'user.children.children_under_thirteen':
    'Children Under Thirteen | Data relating to children under the age of thirteen.',
  'user.children.thirteen_to_sixteen':
    'Children Thirteen to Sixteen | Data relating to children between the ages of thirteen and sixteen.',
  'user.contact': 'Contact Data | Contact data collected about a user.',
  'user.contact.address': 'User Contact Address | Contact address data collected about a user.',
  'user.contact.address.city': "User Contact City | User's city level address data.",
  'user.contact.address.country': "User Contact Country | User's country level address data.",
  'user.contact.address.postal_code': "User Contact Postal Code | User's postal code.",
  'user.contact.address.state': "User Contact State | User's state level address data.",
  'user.contact.address.street': "User Contact Street | User's street level address data.",
  'user.contact.address.mailing_address': "Mailing Address | User's mailing address information.",
  'user.contact.email': "User Contact Email | User's contact email address.",
  'user.contact.phone_number': "User Contact Phone Number | User's phone number.",
  'user.contact.social_url':
    "Social Media URL | Subject's websites or links to social and personal profiles.",
  'user.contact.fax_number': "Fax Number | Data Subject's fax number.",
  'user.content': 'User Content | Content related to, or created by the subject.',
  'user.content.private':
    'Private Content | Private content related to, or created by the subject, not publicly available.',
  'user.content.public': 'Public Content | Publicly shared Content related to, or created by the subject.',
  'user.content.self_image':
    'User Image | Photograph or image in which subject is whole or partially recognized.',
  'user.criminal_history': 'Criminal History | Criminal records or information about the data subject.',
  'user.demographic': 'Demographic Data | Demographic data about a user.',
  'user.demographic.age_range': 'Age Range | Non specific age or age-range of data subject.',
  'user.demographic.date_of_birth': 'Birth Date | Date of birth of data subject.',
  'user.demographic.gender': 'Gender | Gender of data subject.',
  'user.demographic.language': 'Language | Spoken or written language of subject.',
  'user.demographic.marital_status': 'Marital Status | Marital status of data subject.',
  'user.demographic.political_opinion': 'Political Opinion | Political opinion or belief of data subject.',
  'user.demographic.profile': 'User Profile Data | Profile or preference information about the data subject.',
  'user.demographic.race_ethnicity': 'Race | Race or ethnicity of data subject.',
  'user.demographic.religious_belief': 'Religion | Religion or religious beliefs of the data subject.',
  'user.demographic.sexual_orientation': 'Sexual Orientation | Sexual orientation of data subject.',
  'user.demographic.citizenship_or_immigration_status':
    'Citizenship or Immigration Status | Citizenship or immigration status of data subject.',
  'user.demographic.philosophical_belief':
    'Philosophical Belief | Philosophical beliefs or worldview of data subject.',
  'user.demographic.protected_classifications':
    'Protected Classifications | Protected classifications or sensitive attributes of data subject.',
  'user.demographic.union_membership': 'Union Membership | Union membership status of data subject.',
  'user.device': "Device Data | Data related to a user's device, configuration and setting.",
  'user.device.cookie': 'Device Cookie | Data related to a subject, stored within a cookie.',
  'user.device.cookie_id': 'Cookie ID | Cookie unique identification number.',
  'user.device.device_id': 'Device ID | Device unique identification number.',
  'user.device.ip_address': 'IP Address | Unique identifier related to device connection.',
  'user.device.sensor': 'Device Sensor Data | Measurement data from device sensors and monitoring systems.',
  'user.device.telemetry':
    'Device Telemetry | User identifiable measurement data from device sensors and monitoring.',
  'user.financial': 'Financial Data | Payment data and financial history.',
  'user.financial.bank_account':
    'Bank Account Information | Bank account information belonging to the subject.',
  'user.financial.credit_card': 'Credit Card Information | Credit card information belonging to the subject.',
  'user.government_id': 'Government ID | State provided identification data.',
  'user.government_id.birth_certificate': 'Birth Certificate | State issued certificate of birth.',
  'user.government_id.drivers_license_number':
    "Driver's License Number | State issued driving identification number.",
  'user.government_id.immigration': 'Immigration ID | State issued immigration or residency data.',
  'user.government_id.national_identification_number':
    'National Identification Number | State issued personal identification number.',
  'user.government_id.passport_number': 'Passport Number | State issued passport data.',
  'user.government_id.vehicle_registration':
    'Vehicle Registration | State issued license plate or vehicle registration data.',
  'user.health': "Health Data | Health records or individual's personal medical information.",
  'user.health.genetic': 'Genetic Data | Data about the genetic makeup provided by the subject.',
  'user.health.insurance_beneficiary_id':
    'Health Insurance ID | Health insurance beneficiary number of the subject.',
  'user.health.record_id': 'Health Record ID | Medical record identifiers belonging to a subject.',
  'user.health.baby_formula':
    'Baby Formula Information | Information about baby formula usage or preferences.',
  'user.health.condition': 'Health Condition | Health condition or status information.',
  'user.health.maternity_clothing':
    'Maternity Clothing | Information about maternity clothing purchases or preferences.',
  'user.health.medical_diagnosis': 'Medical Diagnosis | Medical diagnosis information.',
  'user.health.medications': 'Medications | Information about medications.',
  'user.health.prescriptions': 'Prescriptions | Prescription medication information.',
  'user.health.reproductive_or_sexual':
    'Reproductive or Sexual Health | Reproductive or sexual health information.',
  'user.health.social_psychological_behavioral':
    'Social, Psychological, or Behavioral Health | Social, psychological, or behavioral health information.',
  'user.health.symptons': 'Health Symptoms | Health symptom information.',
  'user.health.treatment': 'Medical Treatment | Medical treatment information.',
  'user.location': 'Location Data | Records of the location of a user.',
  'user.location.coarse': 'Coarse Subject Location | Coarse location derived from sensors (more than 500M).',
  'user.location.precise':
    'Precise Subject Location | Precise location derived from sensors (less than 500M).',
  'user.name': "Name | User's real name.",
  'user.name.first': "First Name | Subject's first name.",
  'user.name.last': "Last Name | Subject's last, or family, name.",
  'user.payment': 'Payment Data | Payment data related to user.',
  'user.privacy_preferences': 'Privacy Preferences | Privacy preferences or settings set by the subject.',
  'user.professional_information':
    'Professional Information | Professional and employment-related information.',
  'user.professional_information.job_title': 'Professional Job Title | Professional job title or position.',
  'user.professional_information.workplace':
    'Professional Workplace | Organization or workplace of employment.',
  'user.settings': 'User Settings | User preferences and settings data.',
  'user.social_activity': 'Social Activity Data | Social activity and interaction data.',
  'user.unique_id': 'Unique ID | Unique identifier for a user assigned through system use.',
  'user.unique_id.deterministic':
    'Deterministic User ID | A deterministic identifier that can be consistently generated from user data.',
  'user.unique_id.probablistic':
    'Probabilistic User ID | A probabilistic identifier generated from other subject or device data.',
}

export const FIDESLANG_USES: Record<string, string> = {
  analytics:
    'Analytics | Provides analytics for activities such as system and advertising performance reporting, insights and fraud detection.',
  'analytics.reporting':
    'Analytics for Reporting | Provides analytics for general reporting such as system and advertising performance.',
  'analytics.reporting.ad_performance':
    'Analytics for Advertising Performance | Provides analytics for reporting of advertising performance.',
  'analytics.reporting.content_performance':
    'Analytics for Content Performance | Analytics for reporting on content performance.',
  'analytics.reporting.campaign_insights':
    'Analytics for Insights | Provides analytics for reporting of campaign insights related to advertising and promotion activities.',
  'analytics.reporting.system':
    'Analytics for System Activity | Provides analytics for reporting on system activity.',
  'analytics.reporting.system.performance':
    'Analytics for System Performance | Provides analytics for reporting on system performance.',
  collect:
    'Collect | Collects or stores data in order to use it for another purpose which has not yet been expressly defined.',
  employment:
    'Employment | Processes data for the purpose of recruitment or employment and human resources (HR) related activities.',
  'employment.recruitment':
    'Employment Recruitment | Processes data of prospective employees for the purpose of recruitment.',
  essential:
    'Essential | Operates the service or product, including legal obligations, support and basic system operations.',
  'essential.fraud_detection':
    'Essential Fraud Detection | Detects possible fraud or misuse of the product, service, application or system.',
  'essential.legal_obligation':
    'Essential Legal Obligation | Provides service to meet a legal or compliance obligation such as consent management.',
  'essential.service':
    'Essential for Service | Provides the essential product, service, application or system, without which the product/service would not be possible.',
  'essential.service.authentication':
    'Essential Service Authentication | Authenticate users to the product, service, application or system.',
  'essential.service.notifications':
    'Essential Service Notifications | Sends notifications about the product, service, application or system.',
  'essential.service.notifications.email':
    'Essential Email Service Notifications | Sends email notifications about the product, service, application or system.',
  'essential.service.notifications.sms':
    'Essential SMS Service Notifications | Sends SMS notifications about the product, service, application or system.',
  'essential.service.operations':
    'Essential for Operations | Essential to ensure the operation of the product, service, application or system.',
  'essential.service.operations.support':
    'Essential for Operations Support | Provides support for the product, service, application or system.',
  'essential.service.operations.improve':
    'Essential for Support Improvement | Essential to optimize and improve support for the product, service, application or system.',
  'essential.service.payment_processing':
    'Essential for Payment Processing | Essential to processes payments for the product, service, application or system.',
  'essential.service.security':
    'Essential for Security | Essential to provide security for the product, service, application or system',
  'essential.service.upgrades':
    'Essential for Service Upgrades | Provides timely system upgrade information options.',
  finance: 'Finance | Enables finance and accounting activities such as audits and tax reporting.',
  functional: 'Functional | Used for specific, necessary, and legitimate purposes',
  'functional.storage':
    'Local Data Storage | Stores or accesses information from the device as needed when using a product, service, application, or system',
  'functional.storage.privacy_preferences':
    'Local Data Storage for Privacy Preferences | Stores or accesses privacy preferences information from the device as needed when using a product, service, application, or system',
  'functional.service':
    'Service | Functions relating to provided services, products, applications or systems.',
  'functional.service.improve':
    'Improve Service | Improves the specific product, service, application or system.',
  marketing:
    'Marketing | Enables marketing, promotion, advertising and sales activities for the product, service, application or system.',
  'marketing.advertising':
    'Advertising, Marketing or Promotion | Advertises or promotes the product, service, application or system and associated services.',
  'marketing.advertising.first_party':
    'First Party Advertising | Serves advertisements based on first party data collected or derived about the user.',
  'marketing.advertising.first_party.contextual':
    'First Party Contextual Advertising | Serves advertisements based on current content being viewed by the user of the system or service.',
  'marketing.advertising.first_party.targeted':
    'First Party Personalized Advertising | Targets advertisements based on data collected or derived about the user from use of the system.',
  'marketing.advertising.frequency_capping':
    'Frequency Capping | Restricts the number of times a specific advertisement is shown to an individual.',
  'marketing.advertising.negative_targeting':
    'Negative Targeting | Enforces rules used to ensure a certain audience or group is not targeted by advertising.',
  'marketing.advertising.profiling':
    'Profiling for Advertising | Creates audience profiles for the purpose of targeted advertising',
  'marketing.advertising.serving':
    'Essential for Serving Ads | Essential to the delivery of advertising and content.',
  'marketing.advertising.third_party':
    'Third Party Advertising | Serves advertisements based on data within the system or joined with data provided by 3rd parties.',
  'marketing.advertising.third_party.targeted':
    'Third Party Targeted Advertising | Targets advertisements based on data within the system or joined with data provided by 3rd parties.',
  'marketing.communications':
    'Marketing Communications | Uses combined channels to message and market to a customer, user or prospect.',
  'marketing.communications.email': 'Marketing Email Communications | Sends email marketing communications.',
  'marketing.communications.sms': 'Marketing SMS Communications | Sends SMS marketing communications.',
  operations: "Operations | Supports business processes necessary to the organization's operation.",
  personalize: 'Personalize | Personalizes the product, service, application or system.',
  'personalize.content':
    'Content Personalization | Personalizes the content of the product, service, application or system.',
  'personalize.content.limited':
    'Limited Content Personalization | Uses limited data for the purpose of serving content.',
  'personalize.content.profiling':
    'Profiling for Personalization | Creates profiles for the purpose of serving content.',
  'personalize.content.profiled':
    'Targeted Content Personalization | Uses profiles for the purpose of serving content.',
  'personalize.system': 'System Personalization | Personalizes the system.',
  sales: 'Sales | Supports sales activities such as communications and outreach.',
  third_party_sharing:
    "Third Party Sharing | Transfers data to third parties outside of the system or service's scope.",
  'third_party_sharing.legal_obligation':
    'Sharing for Legal Obligation | Shares data for legal obligations, including contracts, applicable laws or regulations.',
  train_ai_system: 'Train AI System | Trains an AI system or data model for machine learning.',
}

export const FIDESLANG_SUBJECTS: Record<string, string> = {
  anonymous_user:
    'Anonymous User | An individual that is unidentifiable to the systems. Note - This should only be applied to truly anonymous users where there is no risk of re-identification',
  citizen_voter: 'Citizen Voter | An individual registered to voter with a state or authority.',
  commuter: 'Commuter | An individual that is traveling or transiting in the context of location tracking.',
  consultant: 'Consultant | An individual employed in a consultative/temporary capacity by the organization.',
  customer:
    'Customer | An individual or other organization that purchases goods or services from the organization.',
  employee: 'Employee | An individual employed by the organization.',
  job_applicant: 'Job Applicant | An individual applying for employment to the organization.',
  next_of_kin: 'Next of Kin | A relative of any other individual subject where such a relationship is known.',
  passenger: 'Passenger | An individual traveling on some means of provided transport.',
  patient: 'Patient | An individual identified for the purposes of any medical care.',
  prospect: 'Prospect | An individual or organization to whom an organization is selling goods or services.',
  shareholder: 'Shareholder | An individual or organization that holds equity in the organization.',
  supplier_vendor:
    'Supplier/Vendor | An individual or organization that provides services or goods to the organization.',
  trainee: 'Trainee | An individual undergoing training by the organization.',
  visitor: 'Visitor | An individual visiting a location.',
}
