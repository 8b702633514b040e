// The words the synthetic benchmark corpus is made of: countries, name pools, organisations,
// parties, armed groups and the topics people argue about. Written for this project; the
// people are invented (names are drawn from regional pools), the countries are real so that
// the coder's country dictionaries are exercised the way real news exercises them.

export type NamePoolId =
  | 'east-african' | 'west-african' | 'southern-african' | 'arabic' | 'persian' | 'turkic'
  | 'south-asian' | 'chinese' | 'japanese' | 'korean' | 'vietnamese' | 'southeast-asian'
  | 'anglo' | 'hispanic' | 'lusophone' | 'french' | 'germanic' | 'italian' | 'nordic'
  | 'slavic' | 'greek' | 'caucasian';

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
  /** Family name first ("Li Wei") or last ("Amara Otieno"). */
  familyFirst: boolean;
  /** Which part news refers to on later mentions: "Otieno", but Vietnamese "Lam" (given). */
  shortName: 'family' | 'given';
}

export const NAME_POOLS: Record<NamePoolId, NamePool> = {
  'east-african': {
    male: ['Amara', 'Baraka', 'Juma', 'Kipchoge', 'Mwangi', 'Tesfaye', 'Abebe', 'Daudi', 'Yusuf', 'Omondi'],
    female: ['Wanjiru', 'Achieng', 'Neema', 'Amina', 'Halima', 'Makena', 'Selam', 'Zawadi'],
    family: ['Otieno', 'Kamau', 'Mutua', 'Wekesa', 'Ochieng', 'Kiptoo', 'Haile', 'Tadesse', 'Mugisha', 'Nyerere', 'Kiprono', 'Mwakasege'],
    familyFirst: false, shortName: 'family',
  },
  'west-african': {
    male: ['Kwame', 'Chinedu', 'Oumar', 'Mamadou', 'Kofi', 'Babatunde', 'Ibrahim', 'Seydou', 'Emeka', 'Yaw'],
    female: ['Adaeze', 'Fatoumata', 'Aminata', 'Ngozi', 'Abena', 'Folake', 'Mariama', 'Efua'],
    family: ['Mensah', 'Okafor', 'Diallo', 'Traoré', 'Adeyemi', 'Boateng', 'Ndiaye', 'Okonkwo', 'Keïta', 'Ouattara', 'Asante', 'Sow'],
    familyFirst: false, shortName: 'family',
  },
  'southern-african': {
    male: ['Thabo', 'Sipho', 'Tendai', 'Lungile', 'Mandla', 'Kagiso', 'Themba', 'Bongani'],
    female: ['Nomvula', 'Thandiwe', 'Lerato', 'Naledi', 'Zanele', 'Palesa', 'Busisiwe'],
    family: ['Dlamini', 'Ndlovu', 'Mokoena', 'Khumalo', 'Nkosi', 'Mahlangu', 'Sithole', 'Molefe', 'Zulu', 'Moyo'],
    familyFirst: false, shortName: 'family',
  },
  arabic: {
    male: ['Ahmed', 'Khalid', 'Omar', 'Tariq', 'Youssef', 'Hassan', 'Faisal', 'Karim', 'Nabil', 'Walid', 'Samir'],
    female: ['Layla', 'Nadia', 'Rania', 'Samira', 'Huda', 'Leila', 'Mona', 'Salma'],
    family: ['Al-Masri', 'Haddad', 'Khoury', 'Mansour', 'Nasser', 'Al-Rashid', 'Bensaid', 'El-Amrani', 'Saleh', 'Qasim', 'Hamdan', 'Benali'],
    familyFirst: false, shortName: 'family',
  },
  persian: {
    male: ['Reza', 'Hossein', 'Mehdi', 'Dariush', 'Kaveh', 'Ali', 'Majid', 'Saeed'],
    female: ['Maryam', 'Shirin', 'Parisa', 'Nasrin', 'Azadeh', 'Fereshteh'],
    family: ['Tehrani', 'Moradi', 'Rahimi', 'Karimi', 'Jafari', 'Hosseini', 'Sadeghi', 'Ahmadi', 'Rostami', 'Farahani'],
    familyFirst: false, shortName: 'family',
  },
  turkic: {
    male: ['Mehmet', 'Emre', 'Nursultan', 'Timur', 'Askar', 'Ilham', 'Bekzod', 'Serik', 'Oğuz'],
    female: ['Ayşe', 'Zeynep', 'Aigerim', 'Dilnoza', 'Gülnara', 'Elif', 'Leyla'],
    family: ['Yılmaz', 'Öztürk', 'Şahin', 'Aliyev', 'Nazarbekov', 'Karimov', 'Tokayev', 'Demir', 'Mammadov', 'Suleimenov', 'Abdullayev'],
    familyFirst: false, shortName: 'family',
  },
  'south-asian': {
    male: ['Rajesh', 'Arjun', 'Imran', 'Sanjay', 'Vikram', 'Farhan', 'Prakash', 'Anil', 'Bilal', 'Ranil'],
    female: ['Priya', 'Ananya', 'Ayesha', 'Sunita', 'Nasreen', 'Kavita', 'Shreya', 'Chandrika'],
    family: ['Sharma', 'Patel', 'Khan', 'Chowdhury', 'Rao', 'Gupta', 'Siddiqui', 'Perera', 'Thapa', 'Rahman', 'Iyer', 'Bhattarai'],
    familyFirst: false, shortName: 'family',
  },
  chinese: {
    male: ['Wei', 'Jianguo', 'Hao', 'Qiang', 'Zhiwei', 'Ming', 'Jun', 'Lei'],
    female: ['Fang', 'Xiaoling', 'Mei', 'Yan', 'Jing', 'Lihua'],
    family: ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun'],
    familyFirst: true, shortName: 'family',
  },
  japanese: {
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Shigeru', 'Yoshihiko', 'Daisuke', 'Taro'],
    female: ['Yoko', 'Keiko', 'Sanae', 'Yuriko', 'Haruka', 'Emi'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Nakamura', 'Kobayashi', 'Yamamoto', 'Kato'],
    familyFirst: false, shortName: 'family',
  },
  korean: {
    male: ['Min-jun', 'Seo-jun', 'Jae-sung', 'Dong-hyun', 'Sung-min', 'Young-ho'],
    female: ['Ji-yeon', 'Soo-ah', 'Hye-jin', 'Eun-ji', 'Mi-rae'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han', 'Cho', 'Shin'],
    familyFirst: true, shortName: 'family',
  },
  vietnamese: {
    male: ['Văn Hùng', 'Minh Chính', 'Đức Thắng', 'Quốc Bảo', 'Thanh Sơn', 'Hữu Nghĩa', 'Công Phượng'],
    female: ['Thị Lan', 'Thị Hoa', 'Ngọc Anh', 'Thu Hà', 'Minh Thư'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Phan'],
    familyFirst: true, shortName: 'given',
  },
  'southeast-asian': {
    male: ['Somchai', 'Anwar', 'Joko', 'Rodrigo', 'Hun', 'Thongsing', 'Bambang', 'Ferdinand', 'Prayut', 'Lawrence'],
    female: ['Yingluck', 'Siti', 'Maria', 'Sri', 'Corazon', 'Nurul', 'Sokha'],
    family: ['Chanthavong', 'Wijaya', 'Santos', 'Reyes', 'Rahman', 'Phommachanh', 'Ibrahim', 'Sokhom', 'Suharto', 'Tan', 'Lim', 'Chaiyasit'],
    familyFirst: false, shortName: 'family',
  },
  anglo: {
    male: ['James', 'Michael', 'David', 'Robert', 'Andrew', 'Thomas', 'William', 'Richard', 'Peter', 'Mark'],
    female: ['Sarah', 'Emily', 'Catherine', 'Margaret', 'Jennifer', 'Helen', 'Rebecca', 'Anne'],
    family: ['Harrington', 'Whitfield', 'Carver', 'Langley', 'Ellison', 'Pearce', 'Thornton', 'Blackwood', 'Ashford', 'Mercer', 'Holloway', 'Brennan'],
    familyFirst: false, shortName: 'family',
  },
  hispanic: {
    male: ['José', 'Andrés', 'Carlos', 'Alejandro', 'Miguel', 'Javier', 'Rafael', 'Gustavo', 'Sebastián', 'Diego'],
    female: ['Lucía', 'María', 'Gabriela', 'Sofía', 'Ximena', 'Valentina', 'Carmen', 'Inés'],
    family: ['Quispe', 'Muñoz', 'Ramírez', 'Castillo', 'Herrera', 'Rojas', 'Fernández', 'Gutiérrez', 'Mendoza', 'Vargas', 'Peña', 'Ibáñez'],
    familyFirst: false, shortName: 'family',
  },
  lusophone: {
    male: ['João', 'Luiz', 'Paulo', 'Fernando', 'Marcelo', 'Rodrigo', 'Antônio'],
    female: ['Ana', 'Beatriz', 'Mariana', 'Luíza', 'Helena', 'Simone'],
    family: ['Silva', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Carvalho', 'Gonçalves', 'Ribeiro', 'Barbosa'],
    familyFirst: false, shortName: 'family',
  },
  french: {
    male: ['Jean', 'François', 'Emmanuel', 'Laurent', 'Pierre', 'Olivier', 'Thierry', 'Mathieu'],
    female: ['Marie', 'Élisabeth', 'Claire', 'Sophie', 'Isabelle', 'Camille', 'Hélène'],
    family: ['Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Rousseau', 'Bonnet', 'Fontaine', 'Mercier', 'Chevalier'],
    familyFirst: false, shortName: 'family',
  },
  germanic: {
    male: ['Friedrich', 'Jürgen', 'Stefan', 'Wolfgang', 'Matthias', 'Klaus', 'Mark', 'Ruud'],
    female: ['Ursula', 'Annalena', 'Katrin', 'Sabine', 'Angelika', 'Dörte'],
    family: ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Van der Berg', 'De Vries', 'Bakker'],
    familyFirst: false, shortName: 'family',
  },
  italian: {
    male: ['Giuseppe', 'Marco', 'Alessandro', 'Luca', 'Matteo', 'Giorgio', 'Paolo', 'Sergio'],
    female: ['Giulia', 'Francesca', 'Chiara', 'Elena', 'Paola', 'Roberta'],
    family: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Conti', 'De Luca', 'Esposito'],
    familyFirst: false, shortName: 'family',
  },
  nordic: {
    male: ['Lars', 'Erik', 'Magnus', 'Jonas', 'Henrik', 'Sauli', 'Olaf'],
    female: ['Ingrid', 'Sanna', 'Mette', 'Astrid', 'Karin', 'Liisa'],
    family: ['Lindqvist', 'Johansson', 'Nyström', 'Halvorsen', 'Virtanen', 'Korhonen', 'Berg', 'Solberg', 'Niinistö', 'Dahl'],
    familyFirst: false, shortName: 'family',
  },
  slavic: {
    male: ['Vladimir', 'Sergei', 'Andrzej', 'Dmitro', 'Aleksandar', 'Viktor', 'Mikhail', 'Tomasz', 'Oleksandr', 'Igor'],
    female: ['Olena', 'Natalia', 'Agnieszka', 'Irina', 'Svetlana', 'Katarzyna', 'Ana'],
    family: ['Kowalski', 'Petrov', 'Shevchenko', 'Novak', 'Ivanov', 'Kovalenko', 'Wiśniewski', 'Jovanović', 'Volkov', 'Sokolov', 'Lukashuk', 'Bondarenko'],
    familyFirst: false, shortName: 'family',
  },
  greek: {
    male: ['Kyriakos', 'Nikos', 'Giorgos', 'Dimitris', 'Konstantinos'],
    female: ['Katerina', 'Eleni', 'Sofia', 'Dora'],
    family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Karamanlis', 'Pappas', 'Vlachos', 'Dimitriou'],
    familyFirst: false, shortName: 'family',
  },
  caucasian: {
    male: ['Nikol', 'Irakli', 'Levan', 'Armen', 'Davit', 'Giorgi', 'Ilham'],
    female: ['Salome', 'Tamar', 'Anahit', 'Nino', 'Mariam'],
    family: ['Pashinyan', 'Garibashvili', 'Kobakhidze', 'Sargsyan', 'Beridze', 'Hovhannisyan', 'Gelashvili', 'Aliyeva'],
    familyFirst: false, shortName: 'family',
  },
};

/** The titles a state's leaders carry; `null` where a state has no such office. */
export interface Offices {
  headOfState: string;
  headOfGovernment: string | null;
  /** A party leader who outranks the state offices (General Secretary, First Secretary). */
  partyLeader: string | null;
}

export interface CountryEntry {
  /** Name as used mid-sentence ("the Philippines", "Kenya"). */
  name: string;
  adjective: string;
  capital: string;
  iso3: string;
  names: NamePoolId;
  offices: Offices;
}

const president: Offices = { headOfState: 'President', headOfGovernment: null, partyLeader: null };
const presidentAndPm: Offices = { headOfState: 'President', headOfGovernment: 'Prime Minister', partyLeader: null };
const kingAndPm: Offices = { headOfState: 'King', headOfGovernment: 'Prime Minister', partyLeader: null };

export const COUNTRIES: readonly CountryEntry[] = [
  { name: 'Kenya', adjective: 'Kenyan', capital: 'Nairobi', iso3: 'KEN', names: 'east-african', offices: president },
  { name: 'Ethiopia', adjective: 'Ethiopian', capital: 'Addis Ababa', iso3: 'ETH', names: 'east-african', offices: presidentAndPm },
  { name: 'Tanzania', adjective: 'Tanzanian', capital: 'Dodoma', iso3: 'TZA', names: 'east-african', offices: president },
  { name: 'Uganda', adjective: 'Ugandan', capital: 'Kampala', iso3: 'UGA', names: 'east-african', offices: president },
  { name: 'Nigeria', adjective: 'Nigerian', capital: 'Abuja', iso3: 'NGA', names: 'west-african', offices: president },
  { name: 'Ghana', adjective: 'Ghanaian', capital: 'Accra', iso3: 'GHA', names: 'west-african', offices: president },
  { name: 'Senegal', adjective: 'Senegalese', capital: 'Dakar', iso3: 'SEN', names: 'west-african', offices: presidentAndPm },
  { name: 'Mali', adjective: 'Malian', capital: 'Bamako', iso3: 'MLI', names: 'west-african', offices: presidentAndPm },
  { name: 'South Africa', adjective: 'South African', capital: 'Pretoria', iso3: 'ZAF', names: 'southern-african', offices: president },
  { name: 'Zimbabwe', adjective: 'Zimbabwean', capital: 'Harare', iso3: 'ZWE', names: 'southern-african', offices: president },
  { name: 'Egypt', adjective: 'Egyptian', capital: 'Cairo', iso3: 'EGY', names: 'arabic', offices: presidentAndPm },
  { name: 'Morocco', adjective: 'Moroccan', capital: 'Rabat', iso3: 'MAR', names: 'arabic', offices: kingAndPm },
  { name: 'Algeria', adjective: 'Algerian', capital: 'Algiers', iso3: 'DZA', names: 'arabic', offices: presidentAndPm },
  { name: 'Tunisia', adjective: 'Tunisian', capital: 'Tunis', iso3: 'TUN', names: 'arabic', offices: presidentAndPm },
  { name: 'Saudi Arabia', adjective: 'Saudi', capital: 'Riyadh', iso3: 'SAU', names: 'arabic', offices: { headOfState: 'King', headOfGovernment: 'Crown Prince', partyLeader: null } },
  { name: 'Jordan', adjective: 'Jordanian', capital: 'Amman', iso3: 'JOR', names: 'arabic', offices: kingAndPm },
  { name: 'Iraq', adjective: 'Iraqi', capital: 'Baghdad', iso3: 'IRQ', names: 'arabic', offices: presidentAndPm },
  { name: 'Qatar', adjective: 'Qatari', capital: 'Doha', iso3: 'QAT', names: 'arabic', offices: { headOfState: 'Emir', headOfGovernment: 'Prime Minister', partyLeader: null } },
  { name: 'the United Arab Emirates', adjective: 'Emirati', capital: 'Abu Dhabi', iso3: 'ARE', names: 'arabic', offices: president },
  { name: 'Iran', adjective: 'Iranian', capital: 'Tehran', iso3: 'IRN', names: 'persian', offices: { headOfState: 'Supreme Leader', headOfGovernment: 'President', partyLeader: null } },
  { name: 'Turkey', adjective: 'Turkish', capital: 'Ankara', iso3: 'TUR', names: 'turkic', offices: president },
  { name: 'Kazakhstan', adjective: 'Kazakh', capital: 'Astana', iso3: 'KAZ', names: 'turkic', offices: presidentAndPm },
  { name: 'Uzbekistan', adjective: 'Uzbek', capital: 'Tashkent', iso3: 'UZB', names: 'turkic', offices: presidentAndPm },
  { name: 'Azerbaijan', adjective: 'Azerbaijani', capital: 'Baku', iso3: 'AZE', names: 'turkic', offices: president },
  { name: 'Pakistan', adjective: 'Pakistani', capital: 'Islamabad', iso3: 'PAK', names: 'south-asian', offices: presidentAndPm },
  { name: 'India', adjective: 'Indian', capital: 'New Delhi', iso3: 'IND', names: 'south-asian', offices: presidentAndPm },
  { name: 'Bangladesh', adjective: 'Bangladeshi', capital: 'Dhaka', iso3: 'BGD', names: 'south-asian', offices: presidentAndPm },
  { name: 'Sri Lanka', adjective: 'Sri Lankan', capital: 'Colombo', iso3: 'LKA', names: 'south-asian', offices: presidentAndPm },
  { name: 'Nepal', adjective: 'Nepalese', capital: 'Kathmandu', iso3: 'NPL', names: 'south-asian', offices: presidentAndPm },
  { name: 'China', adjective: 'Chinese', capital: 'Beijing', iso3: 'CHN', names: 'chinese', offices: { headOfState: 'President', headOfGovernment: 'Premier', partyLeader: null } },
  { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo', iso3: 'JPN', names: 'japanese', offices: { headOfState: 'Emperor', headOfGovernment: 'Prime Minister', partyLeader: null } },
  { name: 'South Korea', adjective: 'South Korean', capital: 'Seoul', iso3: 'KOR', names: 'korean', offices: presidentAndPm },
  { name: 'Vietnam', adjective: 'Vietnamese', capital: 'Hanoi', iso3: 'VNM', names: 'vietnamese', offices: { headOfState: 'President', headOfGovernment: 'Prime Minister', partyLeader: 'General Secretary' } },
  { name: 'Laos', adjective: 'Lao', capital: 'Vientiane', iso3: 'LAO', names: 'southeast-asian', offices: { headOfState: 'President', headOfGovernment: 'Prime Minister', partyLeader: 'Secretary General' } },
  { name: 'Cambodia', adjective: 'Cambodian', capital: 'Phnom Penh', iso3: 'KHM', names: 'southeast-asian', offices: kingAndPm },
  { name: 'Thailand', adjective: 'Thai', capital: 'Bangkok', iso3: 'THA', names: 'southeast-asian', offices: kingAndPm },
  { name: 'Malaysia', adjective: 'Malaysian', capital: 'Kuala Lumpur', iso3: 'MYS', names: 'southeast-asian', offices: kingAndPm },
  { name: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta', iso3: 'IDN', names: 'southeast-asian', offices: president },
  { name: 'the Philippines', adjective: 'Philippine', capital: 'Manila', iso3: 'PHL', names: 'southeast-asian', offices: president },
  { name: 'Singapore', adjective: 'Singaporean', capital: 'Singapore', iso3: 'SGP', names: 'southeast-asian', offices: presidentAndPm },
  { name: 'Australia', adjective: 'Australian', capital: 'Canberra', iso3: 'AUS', names: 'anglo', offices: { headOfState: 'Governor-General', headOfGovernment: 'Prime Minister', partyLeader: null } },
  { name: 'New Zealand', adjective: 'New Zealand', capital: 'Wellington', iso3: 'NZL', names: 'anglo', offices: { headOfState: 'Governor-General', headOfGovernment: 'Prime Minister', partyLeader: null } },
  { name: 'the United States', adjective: 'American', capital: 'Washington', iso3: 'USA', names: 'anglo', offices: president },
  { name: 'Canada', adjective: 'Canadian', capital: 'Ottawa', iso3: 'CAN', names: 'anglo', offices: { headOfState: 'Governor-General', headOfGovernment: 'Prime Minister', partyLeader: null } },
  { name: 'Ireland', adjective: 'Irish', capital: 'Dublin', iso3: 'IRL', names: 'anglo', offices: { headOfState: 'President', headOfGovernment: 'Taoiseach', partyLeader: null } },
  { name: 'the United Kingdom', adjective: 'British', capital: 'London', iso3: 'GBR', names: 'anglo', offices: kingAndPm },
  { name: 'Mexico', adjective: 'Mexican', capital: 'Mexico City', iso3: 'MEX', names: 'hispanic', offices: president },
  { name: 'Cuba', adjective: 'Cuban', capital: 'Havana', iso3: 'CUB', names: 'hispanic', offices: { headOfState: 'President', headOfGovernment: 'Prime Minister', partyLeader: 'First Secretary' } },
  { name: 'Colombia', adjective: 'Colombian', capital: 'Bogotá', iso3: 'COL', names: 'hispanic', offices: president },
  { name: 'Venezuela', adjective: 'Venezuelan', capital: 'Caracas', iso3: 'VEN', names: 'hispanic', offices: president },
  { name: 'Peru', adjective: 'Peruvian', capital: 'Lima', iso3: 'PER', names: 'hispanic', offices: president },
  { name: 'Chile', adjective: 'Chilean', capital: 'Santiago', iso3: 'CHL', names: 'hispanic', offices: president },
  { name: 'Argentina', adjective: 'Argentine', capital: 'Buenos Aires', iso3: 'ARG', names: 'hispanic', offices: president },
  { name: 'Bolivia', adjective: 'Bolivian', capital: 'La Paz', iso3: 'BOL', names: 'hispanic', offices: president },
  { name: 'Spain', adjective: 'Spanish', capital: 'Madrid', iso3: 'ESP', names: 'hispanic', offices: kingAndPm },
  { name: 'Brazil', adjective: 'Brazilian', capital: 'Brasília', iso3: 'BRA', names: 'lusophone', offices: president },
  { name: 'Portugal', adjective: 'Portuguese', capital: 'Lisbon', iso3: 'PRT', names: 'lusophone', offices: presidentAndPm },
  { name: 'Angola', adjective: 'Angolan', capital: 'Luanda', iso3: 'AGO', names: 'lusophone', offices: president },
  { name: 'France', adjective: 'French', capital: 'Paris', iso3: 'FRA', names: 'french', offices: presidentAndPm },
  { name: 'Belgium', adjective: 'Belgian', capital: 'Brussels', iso3: 'BEL', names: 'french', offices: kingAndPm },
  { name: 'Germany', adjective: 'German', capital: 'Berlin', iso3: 'DEU', names: 'germanic', offices: { headOfState: 'President', headOfGovernment: 'Chancellor', partyLeader: null } },
  { name: 'Austria', adjective: 'Austrian', capital: 'Vienna', iso3: 'AUT', names: 'germanic', offices: { headOfState: 'President', headOfGovernment: 'Chancellor', partyLeader: null } },
  { name: 'the Netherlands', adjective: 'Dutch', capital: 'The Hague', iso3: 'NLD', names: 'germanic', offices: kingAndPm },
  { name: 'Italy', adjective: 'Italian', capital: 'Rome', iso3: 'ITA', names: 'italian', offices: presidentAndPm },
  { name: 'Sweden', adjective: 'Swedish', capital: 'Stockholm', iso3: 'SWE', names: 'nordic', offices: kingAndPm },
  { name: 'Norway', adjective: 'Norwegian', capital: 'Oslo', iso3: 'NOR', names: 'nordic', offices: kingAndPm },
  { name: 'Finland', adjective: 'Finnish', capital: 'Helsinki', iso3: 'FIN', names: 'nordic', offices: presidentAndPm },
  { name: 'Poland', adjective: 'Polish', capital: 'Warsaw', iso3: 'POL', names: 'slavic', offices: presidentAndPm },
  { name: 'Ukraine', adjective: 'Ukrainian', capital: 'Kyiv', iso3: 'UKR', names: 'slavic', offices: presidentAndPm },
  { name: 'Russia', adjective: 'Russian', capital: 'Moscow', iso3: 'RUS', names: 'slavic', offices: presidentAndPm },
  { name: 'Belarus', adjective: 'Belarusian', capital: 'Minsk', iso3: 'BLR', names: 'slavic', offices: presidentAndPm },
  { name: 'Serbia', adjective: 'Serbian', capital: 'Belgrade', iso3: 'SRB', names: 'slavic', offices: presidentAndPm },
  { name: 'Czechia', adjective: 'Czech', capital: 'Prague', iso3: 'CZE', names: 'slavic', offices: presidentAndPm },
  { name: 'Greece', adjective: 'Greek', capital: 'Athens', iso3: 'GRC', names: 'greek', offices: presidentAndPm },
  { name: 'Cyprus', adjective: 'Cypriot', capital: 'Nicosia', iso3: 'CYP', names: 'greek', offices: president },
  { name: 'Georgia', adjective: 'Georgian', capital: 'Tbilisi', iso3: 'GEO', names: 'caucasian', offices: presidentAndPm },
  { name: 'Armenia', adjective: 'Armenian', capital: 'Yerevan', iso3: 'ARM', names: 'caucasian', offices: presidentAndPm },
];

/** Cabinet offices every country in the corpus has, besides its leaders. */
export const MINISTERS: readonly string[] = [
  'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Interior Minister',
  'Finance Minister', 'Energy Minister', 'Health Minister',
];

/** Other officials who act in the news: envoys, generals, speakers, opposition leaders. */
export const OTHER_OFFICES: readonly string[] = [
  'Ambassador to the United Nations', 'Army Chief', 'Speaker of Parliament', 'Opposition Leader',
  'National Security Adviser', 'Chief Justice',
];

export interface OrganisationEntry {
  name: string;
  /** A short form later mentions use. */
  short: string;
  /** Title of the person who speaks for it ("UN Secretary-General"), or null for bodies. */
  head: string | null;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: 'the United Nations', short: 'the UN', head: 'UN Secretary-General' },
  { name: 'the UN Security Council', short: 'the Security Council', head: null },
  { name: 'the European Union', short: 'the EU', head: 'EU foreign policy chief' },
  { name: 'the African Union', short: 'the AU', head: 'AU Commission Chairperson' },
  { name: 'NATO', short: 'the alliance', head: 'NATO Secretary General' },
  { name: 'the Association of Southeast Asian Nations', short: 'ASEAN', head: 'ASEAN Secretary-General' },
  { name: 'the World Bank', short: 'the bank', head: 'World Bank President' },
  { name: 'the International Monetary Fund', short: 'the IMF', head: 'IMF Managing Director' },
  { name: 'the World Health Organization', short: 'the WHO', head: 'WHO Director-General' },
  { name: 'the International Committee of the Red Cross', short: 'the ICRC', head: 'ICRC President' },
  { name: 'the Organization of American States', short: 'the OAS', head: 'OAS Secretary General' },
  { name: 'the Arab League', short: 'the league', head: 'Arab League Secretary-General' },
  { name: 'the World Food Programme', short: 'the WFP', head: 'WFP Executive Director' },
  { name: 'the Economic Community of West African States', short: 'ECOWAS', head: 'ECOWAS Commission President' },
  { name: 'the Gulf Cooperation Council', short: 'the GCC', head: 'GCC Secretary-General' },
  { name: 'Amnesty International', short: 'Amnesty', head: null },
  { name: 'Human Rights Watch', short: 'the rights group', head: null },
  { name: 'the International Atomic Energy Agency', short: 'the IAEA', head: 'IAEA Director General' },
];

/** Invented party names; each country gets a ruling and an opposition party from these. */
export const PARTY_NAMES: readonly string[] = [
  'National Unity Party', 'Democratic Alliance', "People's Progressive Party", 'Social Democratic Party',
  'Movement for Renewal', 'Liberal Party', 'Green Party', "Workers' Party", 'Republican Union',
  'Party of Justice and Development', 'Civic Platform', 'National Front', 'Alliance for Change',
  'Popular Party', 'Labour Party', 'Conservative Union', 'Freedom Party', 'Patriotic Front',
  'Union for Progress', 'Farmers and Workers Party',
];

/** Invented armed groups; the corpus gives them a base country. */
export const ARMED_GROUPS: readonly string[] = [
  'Northern Liberation Front', "People's Defence Army", 'United Revolutionary Movement',
  'Eastern Resistance Brigades', 'Coastal Freedom Movement', 'National Salvation Army',
  'Southern Patriotic Forces', 'Mountain Defence Front',
];

/** Words for crowds and armed men when no one is named. */
export const GENERIC_GROUPS: readonly string[] = [
  'rebels', 'militants', 'insurgents', 'gunmen', 'protesters', 'students', 'demonstrators', 'separatists',
];

export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** What two governments talk about, agree on, or cooperate in. */
export const COOPERATION_AREAS: readonly string[] = [
  'trade', 'energy', 'defence', 'education', 'agriculture', 'climate change', 'infrastructure',
  'maritime security', 'counter-terrorism', 'public health', 'investment', 'tourism', 'digital technology',
  'migration', 'fisheries', 'cultural exchange', 'nuclear safety', 'customs', 'railways', 'water management',
];

/** Topics of talks and statements. */
export const TALK_TOPICS: readonly string[] = [
  'regional security', 'the border dispute', 'bilateral trade', 'the war in the region', 'energy supplies',
  'the refugee crisis', 'a possible ceasefire', 'debt relief', 'the upcoming summit', 'climate finance',
  'the peace process', 'visa rules', 'grain exports', 'the situation on the peninsula', 'arms control',
];

/** Wrongs governments accuse each other of ("accused X of ..."). */
export const ACCUSATIONS: readonly string[] = [
  'violating its airspace', 'interfering in its internal affairs', 'supporting armed groups',
  'spying on its officials', 'human rights abuses', 'breaking the ceasefire', 'election meddling',
  'illegal fishing in its waters', 'mistreating its citizens', 'hiding weapons near the border',
  'spreading disinformation', 'obstructing humanitarian access', 'cyber attacks on its banks',
];

/** What one side asks of another ("urged X to ..."). */
export const DEMANDS: readonly string[] = [
  'release the detained journalists', 'withdraw its forces', 'return to the negotiating table',
  'respect the ceasefire', 'open the border crossings', 'hold free and fair elections',
  'investigate the killings', 'stop the shelling', 'allow aid convoys through', 'lift the blockade',
  'pay its debts', 'hand over the suspects', 'exercise restraint', 'end the crackdown on protesters',
];

/** Occasions for congratulations. */
export const OCCASIONS: readonly string[] = [
  'the national day', 'the anniversary of diplomatic relations',
  'the successful elections', 'the new year', 'the independence day celebrations', 'taking office',
  'the party congress', 'the peace agreement',
];

/** Background facts that report no event, to dilute event sentences as real articles do. */
export const BACKGROUND_CONTEXTS: readonly string[] = [
  'rising tension in the region', 'a sharp fall in commodity prices', 'growing concern over food security',
  'a wave of protests over fuel prices', 'months of stalled negotiations', 'a severe drought',
  'a dispute over fishing rights', 'preparations for a regional summit', 'record inflation',
  'a contested election result',
];

export const ITEMS_OF_AID: readonly string[] = [
  'food', 'medicine', 'tents', 'drinking water', 'vaccines', 'fuel', 'blankets', 'medical supplies',
];

export const BORDER_PLACES: readonly string[] = [
  'the northern border', 'the disputed region', 'the coastal province', 'the capital', 'the eastern provinces',
  'the frontier town', 'the border crossing', 'the mountain pass', 'the river valley', 'the southern port',
];
