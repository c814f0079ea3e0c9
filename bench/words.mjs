// Word lists for the benchmark's synthetic vocabularies (see generate.mjs). The names they
// make are plausible, not real: they exist to be matched, not to be true.

// ---- English bodies: "<scope> <unit> for <subject>" ------------------------------------
export const EN_SCOPES = ['Central', 'National', 'State', 'Provincial', 'Municipal', 'Regional', 'Joint', 'Standing', 'Interministerial', 'Permanent'];
export const EN_UNITS = ['Commission', 'Committee', 'Council', 'Board', 'Department', 'Office', 'Agency', 'Institute', 'Directorate', 'Secretariat', 'Steering Committee', 'Task Force'];
export const EN_SUBJECTS = [
  'Economic Integration', 'Maritime Affairs', 'Border Affairs', 'External Information', 'Cultural Diplomacy', 'Economic Diplomacy',
  'Consular Affairs', 'State Protocol', 'Treaty Affairs', 'Development Cooperation', 'Foreign Investment', 'Trade Promotion',
  'Climate Cooperation', 'Peacekeeping Operations', 'Defence Cooperation', 'Mekong Cooperation', 'ASEAN Affairs', 'Multilateral Cooperation',
  'International Law', 'Human Rights Dialogue', 'Science and Technology Cooperation', 'Education Exchange', 'Labour Migration', 'Tourism Promotion',
  'Energy Security', 'Food Security', 'Water Resources', 'Digital Transformation', 'Public Security Cooperation', 'Religious Affairs',
  'Ethnic Minority Affairs', 'Veterans Affairs', 'Youth Exchange', 'Sports Diplomacy', 'Health Cooperation', 'Disaster Relief',
  'Mine Action', 'Search and Rescue', 'Fisheries Cooperation', 'Customs Cooperation', 'Aviation Safety', 'Port Development',
  'Railway Connectivity', 'Inland Waterways', 'Cross-border Trade', 'Investment Protection', 'Tax Treaties', 'Judicial Assistance',
  'Extradition Affairs', 'Anti-corruption Cooperation', 'Cyber Security', 'Space Cooperation', 'Nuclear Safety', 'Arms Control',
  'Non-proliferation', 'Refugee Affairs', 'Humanitarian Assistance', 'Cultural Heritage', 'Press Accreditation', 'Foreign Press',
  'Visa Policy', 'Passport Services', 'Citizen Protection', 'Diaspora Affairs', 'Parliamentary Friendship', 'Friendship Associations',
  'Twin Cities', 'Provincial Partnerships', 'Strategic Studies', 'Policy Research', 'Foreign Policy Planning', 'International Organisations',
  'United Nations Affairs', 'Francophonie Affairs', 'Asia-Pacific Cooperation', 'Indo-Pacific Affairs', 'Middle East Affairs', 'African Affairs',
  'European Affairs', 'Americas Affairs', 'Northeast Asian Affairs', 'South Asian Affairs', 'Pacific Islands Affairs', 'Subregional Cooperation',
  'Continental Shelf Affairs', 'Land Border Demarcation', 'Boundary Markers', 'Overseas Labour', 'Remittance Policy', 'Export Credit',
  'Development Assistance', 'Concessional Loans', 'Public Debt', 'Sovereign Bonds', 'Trade Agreements', 'Rules of Origin',
  'Trade Remedies', 'Anti-dumping Investigations', 'Intellectual Property', 'Geographical Indications', 'Standards and Metrology', 'Food Safety',
  'Animal Health', 'Plant Protection', 'Forestry Cooperation', 'Wildlife Protection', 'Biodiversity Conservation', 'Marine Environment',
  'Plastic Waste', 'Green Growth', 'Carbon Markets', 'Renewable Energy', 'Energy Transition', 'Semiconductor Industry',
  'Innovation Partnerships', 'Start-up Ecosystems', 'Digital Economy', 'Electronic Commerce', 'Logistics Development', 'Supply Chain Resilience',
];
/** Mistranslations of a subject word ("Politic" for Political, as in "Ministry Politic"). */
export const EN_FALSE_FRIENDS = {
  Economic: 'Economy', Cultural: 'Culture', Political: 'Politic', Maritime: 'Marine', Affairs: 'Affair', Diplomacy: 'Diplomatic',
  Security: 'Secure', Cooperation: 'Cooperate', Integration: 'Integrate', Development: 'Develop', Information: 'Informations',
  Relations: 'Relation', Research: 'Researches', Protection: 'Protect', Assistance: 'Assistant', Studies: 'Study', Exchange: 'Exchanging',
  Strategic: 'Strategy', Environment: 'Environmental', Investment: 'Invest', Promotion: 'Promote', Operations: 'Operate', Resources: 'Resource',
  Safety: 'Safe', Heritage: 'Heritages', Growth: 'Grow', Energy: 'Energetic', Health: 'Healthy', Planning: 'Plan', Policy: 'Policies',
  Services: 'Service', Treaties: 'Treaty', Trade: 'Trading', Migration: 'Migrate', Transformation: 'Transform', Protocol: 'Protocols',
  Law: 'Laws', Rights: 'Right', Dialogue: 'Dialogues', Technology: 'Technologies', Science: 'Sciences', Education: 'Educate',
  Labour: 'Labourer', Tourism: 'Tourist', Water: 'Waters', Food: 'Foods', Digital: 'Digitalize', Public: 'Publics', Religious: 'Religion',
  Ethnic: 'Ethnicity', Minority: 'Minorities', Veterans: 'Veteran', Youth: 'Youths', Sports: 'Sport', Disaster: 'Disasters', Relief: 'Relieve',
  Fisheries: 'Fishery', Customs: 'Custom', Aviation: 'Aviations', Port: 'Ports', Railway: 'Railways', Inland: 'Inner', Waterways: 'Waterway',
  Judicial: 'Justice', Extradition: 'Extraditing', Cyber: 'Cybers', Space: 'Spaces', Nuclear: 'Nuclears', Arms: 'Arm', Control: 'Controlling',
  Refugee: 'Refugees', Humanitarian: 'Humanity', Press: 'Presses', Accreditation: 'Accredit', Foreign: 'Foreigner', Visa: 'Visas',
  Passport: 'Passports', Citizen: 'Citizens', Diaspora: 'Diasporas', Parliamentary: 'Parliament', Friendship: 'Friendships',
  Associations: 'Association', Partnerships: 'Partnership', Multilateral: 'Multilaterals', International: 'Internation', Organisations: 'Organisation',
  Export: 'Exporting', Credit: 'Credits', Loans: 'Loan', Debt: 'Debts', Bonds: 'Bond', Agreements: 'Agreement', Remedies: 'Remedy',
  Intellectual: 'Intellect', Property: 'Properties', Geographical: 'Geography', Indications: 'Indication', Standards: 'Standard',
  Animal: 'Animals', Plant: 'Plants', Forestry: 'Forest', Wildlife: 'Wildlives', Biodiversity: 'Biodiverse', Conservation: 'Conserve',
  Marine: 'Maritime', Plastic: 'Plastics', Waste: 'Wastes', Green: 'Greenery', Carbon: 'Carbons', Markets: 'Market', Renewable: 'Renewal',
  Transition: 'Transit', Semiconductor: 'Semiconductors', Industry: 'Industrial', Innovation: 'Innovative', Ecosystems: 'Ecosystem',
  Electronic: 'Electric', Commerce: 'Commercial', Logistics: 'Logistic', Supply: 'Supplies', Chain: 'Chains', Resilience: 'Resilient',
  Connectivity: 'Connection', Remittance: 'Remittances', Concessional: 'Concession', Sovereign: 'Sovereignty', Origin: 'Origins',
  Investigations: 'Investigation', Metrology: 'Meteorology', Demarcation: 'Demarcate', Boundary: 'Boundaries', Markers: 'Marker',
  Continental: 'Continent', Shelf: 'Shelves', Overseas: 'Oversea', Peacekeeping: 'Peacekeep', Mine: 'Mines', Action: 'Actions',
  Rescue: 'Rescuing', Treaty: 'Treaties', Twin: 'Twins', Cities: 'City', Provincial: 'Province', Subregional: 'Subregion',
  Francophonie: 'Francophone', Islands: 'Island', Pacific: 'Pacifics', Asian: 'Asia', African: 'Africa', European: 'Europe',
  Americas: 'America', Middle: 'Mid', East: 'Eastern', Northeast: 'Northeastern', South: 'Southern', Nations: 'Nation', United: 'Unite',
  Start: 'Starting', Border: 'Borders', Land: 'Lands', Anti: 'Against', Non: 'None', Human: 'Humans', State: 'States', Asia: 'Asian',
  Indo: 'India', Cross: 'Crossing',
};
export const EN_PREPOSITION_ERRORS = ['of', 'on', 'about'];

// ---- English terms: "<qualifier> <domain> <framework>" ----------------------------------
export const EN_QUALIFIERS = ['comprehensive', 'strategic', 'extensive', 'sustainable', 'proactive', 'substantive', 'inclusive', 'balanced', 'reciprocal', 'long-term', 'enhanced', 'deepened', 'upgraded', 'practical'];
export const EN_DOMAINS = ['maritime', 'economic', 'political', 'cultural', 'defence', 'security', 'digital', 'green', 'energy', 'trade', 'investment', 'educational', 'scientific', 'technological', 'agricultural', 'environmental', 'labour', 'tourism', 'health', 'judicial', 'parliamentary', 'consular', 'financial', 'industrial', 'logistics', 'aviation', 'fisheries', 'humanitarian', 'academic', 'media'];
export const EN_FRAMEWORKS = ['partnership', 'cooperation', 'integration', 'connectivity', 'engagement', 'dialogue mechanism', 'consultation mechanism', 'renewal', 'linkage', 'coordination framework'];
/** False friends of qualifier, domain and framework words ("renewable" for renewal). */
export const EN_TERM_FALSE_FRIENDS = {
  comprehensive: 'comprehensible', strategic: 'strategical', extensive: 'expensive', sustainable: 'sustained', proactive: 'productive',
  substantive: 'substantial', inclusive: 'inclusion', balanced: 'balancing', reciprocal: 'reciprocity', 'long-term': 'long-termed',
  enhanced: 'enhancing', deepened: 'deepening', upgraded: 'upgrading', practical: 'practicable',
  maritime: 'marine', economic: 'economical', political: 'politic', cultural: 'culture', defence: 'defensive', security: 'securing',
  digital: 'digitalized', green: 'greenery', energy: 'energetic', trade: 'trading', investment: 'investing', educational: 'educative',
  scientific: 'science', technological: 'technical', agricultural: 'agriculture', environmental: 'environment', labour: 'labourer',
  tourism: 'touristic', health: 'healthy', judicial: 'judiciary', parliamentary: 'parliamentarian', consular: 'consulate', financial: 'finance',
  industrial: 'industrious', logistics: 'logistic', aviation: 'aviator', fisheries: 'fishing', humanitarian: 'humanistic', academic: 'academical', media: 'medial',
  partnership: 'partnering', cooperation: 'corporation', integration: 'integrity', connectivity: 'connection', engagement: 'engaging',
  dialogue: 'dialog', consultation: 'consultancy', renewal: 'renewable', linkage: 'linking', coordination: 'coordinating',
};

// ---- English single words (misspelt): domain words and country names ---------------------
export const EN_SINGLE_WORDS = [
  'multilateralism', 'bilateralism', 'ambassador', 'ambassadorial', 'embassy', 'consulate', 'consulates', 'ratification', 'memorandum',
  'parliamentary', 'interparliamentary', 'extradition', 'demarcation', 'delimitation', 'archipelago', 'reconnaissance', 'peacekeeping',
  'humanitarian', 'reconciliation', 'rapprochement', 'plenipotentiary', 'accreditation', 'independence', 'commitment', 'occurrence',
  'accommodation', 'acknowledgement', 'guarantee', 'liaison', 'millennium', 'privilege', 'recommendation', 'referendum', 'legitimacy',
  'negotiation', 'negotiations', 'prosperity', 'neutrality', 'territorial', 'jurisdiction', 'governance', 'resilience', 'transparency',
  'precedence', 'correspondence', 'parliament', 'commissioner', 'ministerial', 'presidency', 'chairmanship', 'spokesperson', 'counterpart',
  'counterparts', 'assessment', 'embargo', 'sanctions', 'arbitration', 'tribunal', 'convention', 'conventions', 'protocols', 'annexation',
  'sovereign', 'suzerainty', 'delegate', 'delegates', 'envoy', 'envoys', 'attaché', 'chargé', 'consul', 'consular', 'diplomat', 'diplomats',
  'diplomatic', 'statesman', 'statesmanship', 'secretariat', 'secretariats', 'accession', 'ratified', 'ratifying', 'signatory', 'signatories',
  'depositary', 'reservation', 'derogation', 'moratorium', 'ceasefire', 'armistice', 'neutralism', 'nonalignment', 'hegemony', 'détente',
  'globalisation', 'regionalism', 'connectivity', 'interoperability', 'interdependence', 'complementarity', 'reciprocity', 'sustainability',
  'decarbonisation', 'digitalisation', 'industrialisation', 'modernisation', 'urbanisation', 'liberalisation', 'harmonisation',
  'accountability', 'predictability', 'inclusiveness', 'competitiveness', 'responsiveness', 'effectiveness', 'efficiency', 'proficiency',
  'occasionally', 'necessarily', 'successfully', 'immediately', 'particularly', 'consistently', 'persistently', 'resolutely', 'proactively',
  'comprehensively', 'substantively', 'simultaneously', 'respectively', 'increasingly', 'accordingly', 'indispensable', 'irreversible',
  'unprecedented', 'inseparable', 'incomparable', 'irreplaceable', 'inalienable', 'indivisible', 'inviolable', 'unwavering', 'steadfast',
  'communiqué', 'aide', 'démarche', 'rendezvous', 'colloquium', 'symposium', 'symposia', 'consortium', 'consensus', 'quorum', 'plenary',
  'caucus', 'committee', 'committees', 'commission', 'commissions', 'councillor', 'counsellor', 'chancellery', 'chancery', 'residence',
  'residency', 'itinerary', 'itineraries', 'entourage', 'motorcade', 'banquet', 'reception', 'courtesy', 'condolences', 'congratulatory',
  'felicitations', 'credentials', 'exequatur', 'agrément', 'persona', 'immunity', 'immunities', 'inviolability', 'extraterritorial',
  'asylum', 'repatriation', 'naturalisation', 'citizenship', 'nationality', 'statelessness', 'emigration', 'immigration', 'remittances',
  'expatriate', 'expatriates', 'compatriots', 'compatriot', 'diaspora', 'homeland', 'motherland', 'fatherland', 'patriotism', 'patriotic',
  'solidarity', 'fraternity', 'friendship', 'brotherhood', 'comradeship', 'comrades', 'camaraderie', 'hospitality', 'reciprocate',
  'commemoration', 'commemorative', 'anniversary', 'anniversaries', 'bicentennial', 'centennial', 'jubilee', 'inauguration', 'inaugural',
  'ceremonial', 'ceremonies', 'proclamation', 'declaration', 'declarations', 'resolution', 'resolutions', 'directive', 'directives',
  'guideline', 'guidelines', 'orientation', 'orientations', 'institutionalise', 'institutionalisation', 'operationalise', 'implementation',
  'implementations', 'mainstreaming', 'capacity', 'capacities', 'benchmarking', 'stakeholder', 'stakeholders', 'shareholder', 'entrepreneur',
  'entrepreneurs', 'entrepreneurship', 'conglomerate', 'conglomerates', 'manufacturing', 'semiconductor', 'semiconductors', 'infrastructure',
  'infrastructures', 'telecommunications', 'pharmaceutical', 'pharmaceuticals', 'biotechnology', 'aquaculture', 'agriculture', 'horticulture',
  'silviculture', 'fisheries', 'mariculture', 'desalination', 'irrigation', 'hydropower', 'geothermal', 'photovoltaic', 'electrification',
  'petroleum', 'petrochemical', 'liquefied', 'hydrocarbons', 'exploration', 'exploitation', 'continental', 'exclusive', 'archipelagic',
  'navigation', 'overflight', 'seabed', 'subsoil', 'delimitations', 'equidistance', 'proportionality', 'adjudication', 'conciliation',
  'mediation', 'facilitation', 'good-offices', 'peacebuilding', 'peacemaking', 'disarmament', 'proliferation', 'nonproliferation',
  'counterterrorism', 'trafficking', 'smuggling', 'piracy', 'cybercrime', 'cybersecurity', 'misinformation', 'disinformation', 'propaganda',
];
export const EN_COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain',
  'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chile', 'Colombia', 'Comoros', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Djibouti',
  'Dominica', 'Ecuador', 'Egypt', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'Indonesia', 'Iran', 'Iraq',
  'Ireland', 'Israel', 'Italy', 'Jamaica', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kuwait', 'Kyrgyzstan', 'Latvia', 'Lebanon',
  'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'Nicaragua', 'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Rwanda', 'Samoa', 'Senegal', 'Serbia', 'Seychelles',
  'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'Spain', 'Sudan', 'Suriname', 'Sweden', 'Syria', 'Tajikistan', 'Tanzania', 'Thailand',
  'Togo', 'Tonga', 'Tunisia', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela', 'Yemen',
  'Zambia', 'Zimbabwe', 'Filipino', 'Indonesian', 'Malaysian', 'Cambodian', 'Laotian', 'Thai', 'Burmese', 'Singaporean', 'Bruneian',
  'Australian', 'Canadian', 'Mexican', 'Brazilian', 'Argentine', 'Chilean', 'Peruvian', 'Colombian', 'Venezuelan', 'Cuban', 'Egyptian',
  'Nigerian', 'Ethiopian', 'Kenyan', 'Algerian', 'Moroccan', 'Tunisian', 'Israeli', 'Palestinian', 'Jordanian', 'Lebanese', 'Syrian',
  'Iraqi', 'Iranian', 'Kuwaiti', 'Qatari', 'Emirati', 'Saudi', 'Omani', 'Yemeni', 'Pakistani', 'Bangladeshi', 'Nepalese', 'Bhutanese',
  'Mongolian', 'Kazakh', 'Uzbek', 'Turkmen', 'Kyrgyz', 'Tajik', 'Azerbaijani', 'Armenian', 'Georgian', 'Ukrainian', 'Belarusian',
  'Hungarian', 'Romanian', 'Bulgarian', 'Serbian', 'Croatian', 'Slovenian', 'Slovak', 'Czech', 'Polish', 'Lithuanian', 'Latvian',
  'Estonian', 'Finnish', 'Swedish', 'Norwegian', 'Danish', 'Icelandic', 'Irish', 'Portuguese', 'Spanish', 'Italian', 'Maltese', 'Cypriot',
  'Greek', 'Albanian', 'Macedonian', 'Montenegrin', 'Bosnian', 'Luxembourgish', 'Belgian', 'Dutch', 'Austrian', 'Swiss', 'Liechtensteiner',
  'Vientiane', 'Jakarta', 'Manila', 'Bangkok', 'Naypyidaw', 'Canberra', 'Wellington', 'Ottawa', 'Brasilia', 'Santiago',
  'Caracas', 'Havana', 'Pyongyang', 'Ulaanbaatar', 'Astana', 'Tashkent', 'Ashgabat', 'Bishkek', 'Dushanbe', 'Baku', 'Yerevan', 'Tbilisi',
  'Kyiv', 'Minsk', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana', 'Bratislava', 'Prague', 'Warsaw', 'Vilnius', 'Riga',
  'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Dublin', 'Lisbon', 'Madrid', 'Rome', 'Valletta', 'Nicosia',
  'Athens', 'Tirana', 'Skopje', 'Podgorica', 'Sarajevo', 'Luxembourg', 'Brussels', 'Amsterdam', 'Vienna', 'Bern', 'Vaduz', 'Canberra',
];

// ---- Vietnamese bodies: "<unit> <subject> <scope>" --------------------------------------
export const VI_UNITS = ['Ban', 'Ủy ban', 'Hội đồng', 'Cục', 'Vụ', 'Viện', 'Văn phòng', 'Tổng cục', 'Học viện', 'Trung tâm', 'Ban Chỉ đạo', 'Tổ công tác'];
export const VI_SUBJECTS = [
  'Kinh tế', 'Biên giới', 'Lãnh sự', 'Lễ tân', 'Hợp tác quốc tế', 'Thông tin đối ngoại', 'Ngoại giao văn hóa', 'Hội nhập kinh tế',
  'Luật pháp quốc tế', 'Điều ước quốc tế', 'Hợp tác phát triển', 'Đầu tư nước ngoài', 'Xúc tiến thương mại', 'Biến đổi khí hậu',
  'Gìn giữ hòa bình', 'Hợp tác quốc phòng', 'Hợp tác Mê Công', 'Hợp tác ASEAN', 'Hợp tác đa phương', 'Đối thoại nhân quyền',
  'Khoa học và công nghệ', 'Trao đổi giáo dục', 'Di cư lao động', 'Xúc tiến du lịch', 'An ninh năng lượng', 'An ninh lương thực',
  'Tài nguyên nước', 'Chuyển đổi số', 'Hợp tác an ninh', 'Tôn giáo', 'Dân tộc thiểu số', 'Cựu chiến binh', 'Giao lưu thanh niên',
  'Ngoại giao thể thao', 'Hợp tác y tế', 'Cứu trợ thiên tai', 'Rà phá bom mìn', 'Tìm kiếm cứu nạn', 'Hợp tác nghề cá', 'Hợp tác hải quan',
  'An toàn hàng không', 'Phát triển cảng biển', 'Kết nối đường sắt', 'Đường thủy nội địa', 'Thương mại biên giới', 'Bảo hộ đầu tư',
  'Tương trợ tư pháp', 'Phòng chống tham nhũng', 'An ninh mạng', 'Hợp tác vũ trụ', 'An toàn hạt nhân', 'Kiểm soát vũ khí',
  'Viện trợ nhân đạo', 'Di sản văn hóa', 'Báo chí nước ngoài', 'Thị thực', 'Hộ chiếu', 'Bảo hộ công dân', 'Kiều bào', 'Hữu nghị nghị viện',
  'Các tổ chức hữu nghị', 'Nghiên cứu chiến lược', 'Nghiên cứu chính sách', 'Hoạch định chính sách đối ngoại', 'Các tổ chức quốc tế',
  'Liên hợp quốc', 'Pháp ngữ', 'Châu Á - Thái Bình Dương', 'Trung Đông', 'Châu Phi', 'Châu Âu', 'Châu Mỹ', 'Đông Bắc Á', 'Nam Á',
  'Thềm lục địa', 'Phân giới cắm mốc', 'Lao động ngoài nước', 'Kiều hối', 'Tín dụng xuất khẩu', 'Vốn vay ưu đãi', 'Nợ công',
  'Hiệp định thương mại tự do', 'Quy tắc xuất xứ', 'Phòng vệ thương mại', 'Sở hữu trí tuệ', 'Chỉ dẫn địa lý', 'Tiêu chuẩn đo lường',
  'An toàn thực phẩm', 'Thú y', 'Bảo vệ thực vật', 'Lâm nghiệp', 'Bảo tồn đa dạng sinh học', 'Môi trường biển', 'Rác thải nhựa',
  'Tăng trưởng xanh', 'Thị trường các-bon', 'Năng lượng tái tạo', 'Chuyển dịch năng lượng', 'Công nghiệp bán dẫn', 'Đổi mới sáng tạo',
  'Kinh tế số', 'Thương mại điện tử', 'Phát triển logistics', 'Chuỗi cung ứng',
];
export const VI_SCOPES = ['Trung ương', 'Quốc gia', 'Nhà nước', 'Liên ngành', 'Thường trực', 'Khu vực', 'Tỉnh', 'Thành phố'];

// ---- Vietnamese terms: "<noun> <domain> <qualifier>" ------------------------------------
export const VI_NOUNS = ['quan hệ', 'hợp tác', 'đối tác', 'đối thoại', 'hội nhập', 'kết nối', 'liên kết', 'ngoại giao'];
export const VI_DOMAINS = ['kinh tế', 'biển', 'quốc phòng', 'văn hóa', 'giáo dục', 'khoa học', 'công nghệ', 'năng lượng', 'y tế', 'du lịch', 'lao động', 'nông nghiệp', 'thủy sản', 'môi trường', 'an ninh', 'thương mại', 'đầu tư', 'hàng hải', 'hàng không', 'tư pháp', 'nghị viện', 'lãnh sự', 'tài chính', 'công nghiệp', 'báo chí'];
export const VI_QUALIFIERS = ['toàn diện', 'chiến lược', 'bền vững', 'sâu rộng', 'thực chất', 'hiệu quả', 'cân bằng', 'cùng có lợi', 'lâu dài', 'chủ động', 'tích cực', 'đa phương', 'song phương', 'khu vực', 'tin cậy'];

// ---- Sentences that carry a planted form (must themselves name nothing) -----------------
export const TEMPLATES = {
  enBody: [
    'A delegation of the {f} attended the working session.',
    'According to the {f}, preparations are on schedule.',
    'Officials from the {f} briefed reporters on the outcome.',
    'The draft was prepared with input from the {f}.',
    'Representatives of the {f} joined the talks in the afternoon.',
  ],
  enTerm: [
    'Both sides agreed to pursue {f} in the years ahead.',
    'The statement singled out {f} as a shared priority.',
    'Further steps towards {f} were discussed at length.',
    'Speakers said that {f} had made clear progress.',
  ],
  enSingle: [
    'The text mentions {f} in its closing paragraph.',
    'Several speakers referred to {f} during the session.',
    'The note on {f} was circulated before the meeting.',
    'Reporters asked about {f} at the briefing.',
  ],
  vi: [
    'Đại diện {f} đã tham dự buổi làm việc.',
    'Theo {f}, công tác chuẩn bị đang được triển khai đúng tiến độ.',
    'Hai bên nhất trí thúc đẩy {f} trong thời gian tới.',
    'Báo cáo nhấn mạnh {f} là ưu tiên chung của hai bên.',
  ],
};
