//! Built-in place names: countries, capitals and major cities, US states,
//! continents and well-known regions. Knowing these lets discovery keep a
//! place name that opens a sentence and type it without any context.

use super::hash::HashSet;
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
    Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Türkiye|Turkiye|Turkmenistan|Tuvalu|Uganda|\
    Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|\
    Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|\
    Britain|Great Britain|America|Korea|Soviet Union|Hong Kong|Macau|Greenland|Puerto Rico|\
    Equatorial Guinea|Guinea-Bissau|Central African Republic|East Timor|Timor-Leste|\
    Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Marshall Islands|\
    Solomon Islands|Saint Lucia|Saint Kitts and Nevis|Sao Tome and Principe|Côte d'Ivoire|Cote d'Ivoire|\
    Democratic Republic of the Congo";

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
    Washington|Washington, D.C.|New York|Los Angeles|Chicago|Houston|San Francisco|Boston|Seattle|Miami|\
    Atlanta|Dallas|Philadelphia|Detroit|Las Vegas|Silicon Valley|Montevideo|Tashkent|Caracas|\
    Hanoi|Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Brussels|Luxembourg|Valletta|Monaco|Monte Carlo|\
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

/// Further regions, provinces, historical states, districts and landforms,
/// and the airports and sports grounds that news names alone ("Heathrow",
/// "Old Trafford").
const MORE_REGIONS: &str = "\
    Yugoslavia|Czechoslovakia|East Germany|West Germany|Prussia|Ottoman Empire|Persia|Rhodesia|\
    Zaire|Ceylon|Siam|Abyssinia|Manhattan|Brooklyn|Queens|Bronx|Staten Island|Harlem|Queensland|\
    New South Wales|Victoria|Tasmania|South Australia|Western Australia|Northern Territory|\
    Australian Capital Territory|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|\
    New Brunswick|Newfoundland|Yukon|Nunavut|Prince Edward Island|Tuscany|Lombardy|Sicily|\
    Sardinia|Piedmont|Veneto|Liguria|Campania|Calabria|Apulia|Umbria|Lazio|Andalusia|Galicia|\
    Basque Country|Valencia|Normandy|Brittany|Provence|Alsace|Burgundy|Corsica|Saxony|Bavaria|\
    Hesse|Thuringia|Brandenburg|Flanders|Wallonia|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|\
    Kerala|Tamil Nadu|Karnataka|Maharashtra|Gujarat|Rajasthan|Uttar Pradesh|Bihar|West Bengal|\
    Assam|Goa|Bengal|Andhra Pradesh|Telangana|Odisha|Jharkhand|Madhya Pradesh|Haryana|Sichuan|\
    Guangdong|Yunnan|Hubei|Hunan|Henan|Shandong|Jiangsu|Zhejiang|Fujian|Hainan|Inner Mongolia|\
    Manchuria|Hokkaido|Okinawa|Kyushu|Honshu|Mindanao|Luzon|Java|Sumatra|Borneo|Bali|Kurdistan|\
    Darfur|Chechnya|Dagestan|Transnistria|Abkhazia|Ossetia|Nagorno-Karabakh|Kosovo|\
    Bosnia and Herzegovina|Herzegovina|Anatolia|Patagonia|Amazonia|Yucatan|Alps|Himalayas|Andes|\
    Rockies|Rocky Mountains|Appalachians|Pyrenees|Urals|Sahara|Gobi|Kalahari|Outback|\
    Arabian Peninsula|Levant|Maghreb|Sinai|Negev|Galilee|Judea|Samaria|Golan|Cornwall|Devon|\
    Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Norfolk|Suffolk|Cumbria|Highlands|Midlands|\
    Merseyside|Tyneside|Teesside|Humberside|Dorset|Somerset|Northumberland|Lothian|Strathclyde|\
    Fife|Tayside|Grampian|Gwent|Glamorgan|Powys|Gwynedd|Anglesey|Antrim|Armagh|Tyrone|Fermanagh|\
    North East|North West|South East|South West|East Midlands|West Midlands|West Country|\
    East Anglia|Ulster|Hawaii|Alaska|New England|Appalachia|Great Lakes|Gulf Coast|Bay Area|\
    Pacific Northwest|Deep South|Rust Belt|Sun Belt|Greater London|Greenwich|Westminster|Soho|\
    Holyrood|Stormont|\
    West End|East End|Canary Wharf|Docklands|Square Mile|Notting Hill|Heathrow|Gatwick|Stansted|\
    Schiphol|Changi|Old Trafford|Highbury|Wembley|Twickenham|Murrayfield|Headingley|Ibrox|Anfield|\
    Edgbaston|Hampden|Goodison|Craven Cottage|Stamford Bridge|Trent Bridge|Parkhead|Croke Park|\
    Bernabeu|Nou Camp|Camp Nou|Roland Garros|Flushing Meadows|Melbourne Park|Silverstone|Monza|\
    Brands Hatch|Aintree|Epsom|Goodwood|Sawgrass|Carnoustie|Wentworth|Crucible|\
    Hollywood|Broadway|Wall Street|Capitol Hill|Silicon Valley|Antarctic|Arctic Circle|\
    North Pole|South Pole|Azores|Madeira|Canary Islands|Canaries|Balearic Islands|Balearics|\
    Holy See|Crete|Cyclades|Dodecanese|Hebrides|Orkney|Shetland|Falklands|Falkland Islands|Faroe Islands|\
    Faroes|Channel Islands|Galapagos|Galápagos|Aleutian Islands|Aleutians|Tierra del Fuego|\
    English Channel|Bristol Channel|Mozambique Channel|Bosphorus|Dardanelles|Suez Canal|\
    Panama Canal|Strait of Hormuz|Strait of Gibraltar|Bab el-Mandeb|\
    Thames|Severn|Mersey|Tyne|Danube|Rhine|Rhone|Seine|Loire|Elbe|Vistula|Dnieper|Dniester|Volga|\
    Yenisei|Amur|Nile|Zambezi|Limpopo|Tigris|Euphrates|Indus|Ganges|Brahmaputra|Irrawaddy|Mekong|\
    Yangtze|Yellow River|Pearl River|Yalu|Taedong|Tumen|Potomac|Rio Grande|Orinoco";

/// Further cities, large or often in the news.
const MORE_CITIES: &str = "\
    Adelaide|Brisbane|Perth|Hobart|Darwin|Gold Coast|Newcastle|Calgary|Edmonton|Winnipeg|\
    Halifax|Quebec City|Victoria|Hamilton|Christchurch|Dunedin|Leeds|Sheffield|Bristol|Derby|\
    Nottingham|Leicester|Southampton|Portsmouth|Oxford|Cambridge|Brighton|Plymouth|Aberdeen|\
    Dundee|Inverness|Swansea|Derry|Cork|Galway|Limerick|Durham|Carlisle|Lancaster|Ipswich|Luton|\
    Hartlepool|Darlington|Rochdale|Southend|Torquay|Yeovil|Hereford|Shrewsbury|Kidderminster|\
    Telford|Stevenage|Milton Keynes|Stoke-on-Trent|Basildon|Guildford|Maidstone|Folkestone|\
    Eastbourne|Gateshead|Hemel Hempstead|High Wycombe|Aylesbury|Tunbridge Wells|Margate|Ramsgate|\
    Bognor Regis|Taunton|Truro|Penzance|Barnstaple|Newquay|Bridgwater|Banbury|Kettering|\
    Wellingborough|Loughborough|Chesterfield|Harrogate|Whitby|Stockton-on-Tees|Redcar|Hexham|\
    Morpeth|Barrow-in-Furness|Workington|Whitehaven|Dartford|Gravesend|Croydon|Ealing|Islington|\
    Brixton|Lewisham|Hammersmith|Kensington|Kirkcaldy|Ayr|Dumfries|Oban|Peterhead|Aberystwyth|\
    Llanelli|Merthyr Tydfil|Pontypridd|Caerphilly|Bridgend|Rhyl|Llandudno|Holyhead|Lisburn|Newry|\
    Ballymena|Coleraine|Omagh|Enniskillen|Dungannon|Portadown|San Diego|San Jose|Austin|Denver|\
    Phoenix|Portland|Sacramento|Minneapolis|St. Louis|St Louis|Pittsburgh|Cleveland|Cincinnati|\
    Baltimore|Nashville|Memphis|New Orleans|Orlando|Tampa|Charlotte|Raleigh|Richmond|\
    Salt Lake City|Honolulu|Anchorage|Milwaukee|Kansas City|Indianapolis|Columbus|Oklahoma City|\
    Albuquerque|Tucson|El Paso|San Antonio|Fort Worth|Jacksonville|Buffalo|Rochester|Albany|\
    Hartford|Providence|Newark|Jersey City|Oakland|Berkeley|Palo Alto|Cupertino|Redmond|\
    Arlington|Alexandria|Annapolis|Trenton|Harrisburg|Boise|Spokane|Tacoma|Reno|Marseilles|\
    Toulouse|Nice|Bordeaux|Lille|Strasbourg|Nantes|Montpellier|Cologne|Stuttgart|Dusseldorf|\
    Düsseldorf|Dresden|Leipzig|Hanover|Nuremberg|Bremen|Bonn|Turin|Florence|Venice|Genoa|\
    Bologna|Palermo|Seville|Valencia|Bilbao|Malaga|Porto|Antwerp|Ghent|Bruges|Utrecht|Eindhoven|\
    Gothenburg|Malmo|Bergen|Tampere|Turku|Krakow|Kraków|Gdansk|Wroclaw|Poznan|Lodz|Brno|\
    Salzburg|Innsbruck|Graz|Basel|Lausanne|Lucerne|Thessaloniki|Izmir|Antalya|Bursa|\
    Yekaterinburg|Kazan|Samara|Rostov|Volgograd|Nizhny Novgorod|Omsk|Irkutsk|Murmansk|Grozny|\
    Odesa|Dnipro|Chernihiv|Sumy|Mykolaiv|Zhytomyr|Kramatorsk|Sloviansk|Avdiivka|Melitopol|\
    Berdyansk|Gomel|Tbilisi|Batumi|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Tikrit|Homs|Hama|\
    Idlib|Raqqa|Deir ez-Zor|Latakia|Daraa|Tartus|Palmyra|Kobani|Afrin|Manbij|Benghazi|Misrata|\
    Sirte|Alexandria|Giza|Luxor|Aswan|Sharm el-Sheikh|Port Said|Suez|Haifa|Nazareth|Bethlehem|Hebron|Ramallah|\
    Nablus|Jenin|Rafah|Khan Younis|Tiberias|Eilat|Isfahan|Shiraz|Tabriz|Mashhad|Qom|Kandahar|\
    Herat|Mazar-i-Sharif|Jalalabad|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan|Chennai|\
    Hyderabad|Pune|Ahmedabad|Jaipur|Lucknow|Kanpur|Surat|Patna|Bhopal|Indore|Chandigarh|\
    Amritsar|Srinagar|Kochi|Mysore|Mysuru|Bengaluru|Varanasi|Agra|Chittagong|Kandy|Mandalay|\
    Chiang Mai|Phuket|Pattaya|Siem Reap|Da Nang|Haiphong|Cebu|Davao|Surabaya|Bandung|Medan|\
    Denpasar|Penang|Johor Bahru|Tianjin|Chongqing|Chengdu|Nanjing|Hangzhou|Xi'an|Harbin|\
    Shenyang|Dalian|Qingdao|Xiamen|Kunming|Lhasa|Urumqi|Macao|Kowloon|Kaohsiung|Taichung|Tainan|\
    Yokohama|Nagoya|Sapporo|Kobe|Fukuoka|Hiroshima|Nagasaki|Sendai|Fukushima|Daegu|Gwangju|\
    Daejeon|Ulsan|Kaesong|Wonsan|Nampo|Sinuiju|Hamhung|Chongjin|Kinshasa|Lubumbashi|Goma|\
    Brazzaville|Douala|Yaounde|Ibadan|Kano|Port Harcourt|Kumasi|Abidjan|Bamako|Ouagadougou|\
    Niamey|Conakry|Freetown|Monrovia|Banjul|Nouakchott|Timbuktu|Mombasa|Kisumu|Zanzibar|Arusha|\
    Juba|Asmara|Hargeisa|Durban|Port Elizabeth|Bloemfontein|Windhoek|Gaborone|Maseru|Mbabane|\
    Antananarivo|Lilongwe|Blantyre|Bulawayo|Port Louis|Guadalajara|Monterrey|Tijuana|Cancun|\
    Acapulco|Puebla|Guatemala City|San Salvador|Tegucigalpa|San Jose|Panama City|Kingston|\
    Port-au-Prince|Santo Domingo|San Juan|Medellin|Medellín|Cali|Cartagena|Quito|Guayaquil|\
    La Paz|Sucre|Asuncion|Asunción|Cordoba|Córdoba|Rosario|Mendoza|Valparaiso|Recife|Salvador|\
    Fortaleza|Belo Horizonte|Porto Alegre|Curitiba|Manaus|Belem|Brasília|São Paulo|Rio|\
    Georgetown|Paramaribo|Nuuk|Suva|Port Moresby|Honiara|Noumea|Papeete|Apia|Nuku'alofa|Bishkek|\
    Osh|Samarkand|Bukhara|Ashkhabad|Nur-Sultan|Shymkent|Mecca|Medina|Dammam|Sharjah|Ajman|Doha|\
    Kuwait|Manama|Muscat|Salalah|Sanaa|Hodeidah|Taiz|Marib|Mukalla|Djibouti|Mogadishu|Kismayo|\
    Bosaso|Berbera|Addis Ababa|Mekelle|Gondar|Bahir Dar|Khartoum|Omdurman|El Fasher|Nyala|\
    Port Sudan|Kassala|Juba|Wau|Malakal|Middlesbrough|Wigan|Norwich|Coventry|Wolverhampton|\
    Ipswich|Crewe|Swindon|Huddersfield|Blackpool|Barnsley|Rotherham|Doncaster|Stockport|Walsall|\
    Wrexham|Gillingham|Northampton|Peterborough|Cheltenham|Colchester|Kilmarnock|Motherwell|\
    Falkirk|Dunfermline|Exeter|Gloucester|Salford|Widnes|Sunderland|Bradford|Blackburn|Burnley|\
    Luton|Watford|Oldham|York|Stirling|Wakefield|Warrington|Worcester|Paisley|Bournemouth|\
    Hartlepool|Tranmere|Scunthorpe|Grimsby|Chelmsford|Canterbury";

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
    S.get_or_init(|| {
        set(&[
            COUNTRIES,
            CITIES,
            US_STATES,
            REGIONS,
            MORE_REGIONS,
            MORE_CITIES,
        ])
    })
    .contains(name)
        || is_shire(name)
}

/// "Lincolnshire", "Aberdeenshire": one word ending in "shire" is a county.
fn is_shire(name: &str) -> bool {
    name.len() > 7
        && name.ends_with("shire")
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Is `name` a built-in place, under its own name or a common alias ("U.S.",
/// "Britain")?
pub(crate) fn is_known_place(name: &str) -> bool {
    is_place(super::lexicon::alias(name).unwrap_or(name))
}

/// A planet named alone ("life on Mars", "back on Earth"): a place, though
/// "Mars" may be a company and "Mercury" a surname, so it weighs less
/// than a listed place.
pub(crate) fn is_planet(name: &str) -> bool {
    matches!(
        name,
        "Mercury"
            | "Venus"
            | "Earth"
            | "Mars"
            | "Jupiter"
            | "Saturn"
            | "Uranus"
            | "Neptune"
            | "Pluto"
    )
}

/// Is `name` a built-in country?
pub(crate) fn is_country(name: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(&[COUNTRIES])).contains(name)
}

/// Is `name` a state of the United States ("Indiana")?
pub(crate) fn is_us_state(name: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(&[US_STATES])).contains(name)
}

/// Is `name` a built-in city?
pub(crate) fn is_city(name: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(&[CITIES, MORE_CITIES])).contains(name)
}
