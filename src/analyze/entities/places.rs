//! Built-in place names: countries, capitals and major cities, US states,
//! continents and well-known regions. Knowing these lets discovery keep a
//! place name that opens a sentence and type it without any context.

use std::collections::HashSet;
use std::sync::OnceLock;

const COUNTRIES: &str = "\
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|\
    Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|\
    Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|\
    Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|\
    Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|\
    Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|\
    Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|\
    Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|\
    Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|\
    Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|\
    Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|\
    Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|\
    Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|\
    Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|\
    Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|\
    South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|\
    Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|\
    Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|\
    Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|\
    Britain|Great Britain|America|Korea|Soviet Union|Hong Kong|Macau|Greenland|Puerto Rico";

const CITIES: &str = "\
    Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|\
    Manama|Dhaka|Minsk|Brussels|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|\
    Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Shenzhen|Guangzhou|\
    Wuhan|Bogota|Havana|Nicosia|Prague|Copenhagen|Cairo|Addis Ababa|Helsinki|Paris|Marseille|\
    Lyon|Tbilisi|Berlin|Munich|Frankfurt|Hamburg|Accra|Athens|Budapest|Reykjavik|New Delhi|\
    Delhi|Mumbai|Kolkata|Bangalore|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Gaza|Rome|\
    Milan|Naples|Tokyo|Osaka|Kyoto|Amman|Astana|Almaty|Nairobi|Pristina|Kuwait City|Bishkek|\
    Vientiane|Riga|Beirut|Tripoli|Vilnius|Kuala Lumpur|Mexico City|Chisinau|Ulaanbaatar|Rabat|\
    Casablanca|Maputo|Naypyidaw|Yangon|Kathmandu|Amsterdam|The Hague|Rotterdam|Wellington|\
    Auckland|Managua|Abuja|Lagos|Pyongyang|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|\
    Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|St Petersburg|St. Petersburg|\
    Saint Petersburg|Vladivostok|Kursk|Belgorod|Novosibirsk|Kigali|Riyadh|Jeddah|Mecca|Dakar|\
    Belgrade|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|Seoul|Busan|\
    Incheon|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|\
    Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|\
    Kiev|Kharkiv|Odesa|Odessa|Mariupol|Bakhmut|Donetsk|Luhansk|Zaporizhzhia|Kherson|Lviv|\
    Abu Dhabi|Dubai|London|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Cardiff|Belfast|\
    Washington|New York|Los Angeles|Chicago|Houston|San Francisco|Boston|Seattle|Miami|\
    Atlanta|Dallas|Philadelphia|Detroit|Las Vegas|Silicon Valley|Montevideo|Tashkent|Caracas|\
    Hanoi|Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Brussels|Luxembourg|Valletta|Monaco|\
    Singapore|Vatican City|Kinshasa|Khabarovsk|Sochi|Crimea|Sevastopol|Kaliningrad|Minsk";

const US_STATES: &str = "\
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|\
    Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|\
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|\
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|\
    Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|\
    West Virginia|Wisconsin|Wyoming";

const REGIONS: &str = "\
    Africa|Asia|Europe|Antarctica|Oceania|Australasia|Arctic|Atlantic|Pacific|Middle East|\
    Near East|Far East|East Asia|Southeast Asia|South Asia|Central Asia|Latin America|\
    South America|North America|Central America|Caribbean|Balkans|Caucasus|Scandinavia|\
    Siberia|Korean Peninsula|Donbas|Donbass|Tibet|Xinjiang|Kashmir|West Bank|Gaza Strip|Sahel|\
    Mediterranean|Baltic|Baltics|Persian Gulf|Black Sea|South China Sea|East China Sea|\
    Yellow Sea|Indo-Pacific|Eurasia|Sub-Saharan Africa|Horn of Africa|Golan Heights|\
    Taiwan Strait|Mainland China|Midwest|Bavaria|Catalonia|Quebec|Ontario|Texas";

fn set(lists: &[&'static str]) -> HashSet<&'static str> {
    lists
        .iter()
        .flat_map(|l| l.split('|'))
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Is `name` a built-in place of any sort?
pub(crate) fn is_place(name: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(&[COUNTRIES, CITIES, US_STATES, REGIONS]))
        .contains(name)
}

/// Is `name` a built-in city?
pub(crate) fn is_city(name: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(&[CITIES])).contains(name)
}
