//! The built-in word lists themselves, each a `|`-separated string read
//! once into a set by [`super`]'s lookups.

/// Capitalised only because they open a sentence (or a quote or headline).
pub(super) const STOPWORDS: &str = "\
    Dear|Thank|Thanks|Please|Earlier|Later|Recently|Multiple|Numerous|Various|\
    Currently|Overall|Together|Nevertheless|Nonetheless|Otherwise|Therefore|Besides|Following|\
    Including|Regarding|Given|Perhaps|Maybe|Officials|Analysts|Experts|Critics|Observers|Reports|\
    Sources|Residents|People|Everyone|Nobody|Someone|Anyone|Nothing|Everything|Something|Let|\
    Asked|Read|See|Photo|Photos|Updated|Subscribe|Click|Share|Follow|Watch|Listen|Note|Sign|Via|\
    Per|Plus|Upon|Toward|Towards|Into|Onto|Off|Out|Up|Down|Near|Inside|Outside|Oh|Well|Why|\
    Very|Too|Again|Never|Always|Often|Sometimes|Soon|Finally|First|Second|Third|Initially|\
    Eventually|Ultimately|Unfortunately|Fortunately|Clearly|Notably|Separately|Similarly|\
    Additionally|Specifically|Importantly|Ahead|Where|Whatever|Wherever|Whoever|Mostly|Partly|\
    Elsewhere|Nearly|Almost|Shares|Stocks|Prices|Markets|Investors|Traders|Lawmakers|Voters|\
    Yeah|Yep|Yup|Nope|Hey|Hi|Hello|Hmm|Hmmm|Um|Umm|Uh|Ah|Aha|Wow|Okay|Ok|Alright|Oops|Huh|Gee|\
    Whoa|Bye|Goodbye|Cheers|Sorry|Absolutely|Exactly|Certainly|Definitely|Sure|Actually|Basically|\
    Honestly|Obviously|Hopefully|Interestingly|Surprisingly|Personally|Frankly|Anyway|Anyhow|\
    Apart|Aside";

/// Words that label a caption or a credit when a colon follows ("Image: …").
pub(super) const CAPTION_LABELS: &str = "\
    Image|Images|Photo|Photos|Photograph|Picture|Pictures|Pictured|Credit|Credits|Caption|Source|\
    Sources|Video|Map|Graphic|Illustration|Courtesy|File|Audio|Chart|Table|Figure|Fig";

/// Month names and abbreviations: capitalised, never entities on their own.
pub(super) const MONTHS: &str = "\
    January|February|March|April|May|June|July|August|September|October|November|December|\
    Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/// Calendar words besides the months.
pub(super) const DAYS: &str =
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter";

/// Adjectives of nationality or region: modifiers, not entities.
pub(super) const DEMONYMS: &str = "\
    Afghan|Albanian|Algerian|American|Martian|Argentine|Argentinian|Armenian|Asian|Australian|Austrian|\
    Azerbaijani|Belarusian|Belgian|Brazilian|British|Bulgarian|Burmese|Cambodian|Canadian|\
    Chilean|Chinese|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Egyptian|English|Estonian|\
    Ethiopian|European|Filipino|Filipina|Philippine|Finnish|French|Georgian|German|Greek|Hungarian|Indian|\
    Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Jordanian|Kazakh|Kenyan|Korean|\
    North Korean|South Korean|Kurdish|Kuwaiti|Lao|Latvian|Lebanese|Libyan|Lithuanian|Malaysian|\
    Mexican|Mongolian|Moroccan|Nigerian|Norwegian|Pakistani|Palestinian|Persian|Peruvian|Polish|\
    Portuguese|Qatari|Romanian|Russian|Saudi|Scottish|Serbian|Slovak|Slovenian|Somali|\
    Spanish|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Thai|Tibetan|Turkish|Ukrainian|Uzbek|\
    Venezuelan|Vietnamese|Welsh|Yemeni|Soviet|Western|Eastern|Northern|Southern|African|Arab|\
    Arabic|Latin|Nordic|Baltic|Slavic|Jewish|Muslim|Christian|Catholic|Islamic|Sunni|Shia|\
    Shiite|Hindu|Buddhist|Orthodox|Anglo|Sino|Euro|Asiatic|Caucasian|Hispanic|Emirati|Omani|\
    Bahraini|Nepalese|Sri Lankan|Bangladeshi|Singaporean|New Zealander|Scandinavian|Siberian|\
    Crimean|Chechen|Uyghur|Uighur|Tatar|Balkan|Caribbean|Pacific|Atlantic|Mediterranean|\
    Cypriot|Maltese|Icelandic|Bosnian|Macedonian|Montenegrin|Moldovan|Tunisian|Ghanaian|\
    Zimbabwean|Zambian|Ugandan|Tanzanian|Rwandan|Congolese|Angolan|Senegalese|Malian|Ivorian|\
    Cameroonian|Namibian|Malawian|Mozambican|Eritrean|Liberian|Gambian|Guinean|Chadian|Samoan|\
    Fijian|Tongan|Bahamian|Jamaican|Haitian|Bolivian|Paraguayan|Uruguayan|Ecuadorian|Guatemalan|\
    Honduran|Salvadoran|Nicaraguan|Panamanian|Kyrgyz|Tajik|Turkmen|Bhutanese|Maldivian|Laotian|\
    Azeri|Kosovan|Kosovar|Flemish|Basque|Catalan|Corsican|Sicilian|Bavarian|Cornish|\
    Korean-American|Chinese-American|Inter|Pan|Trans|Anti|Pro";

/// Words that stand before a person's name as a title.
pub(super) const TITLES: &str = "\
    President|Minister|Premier|Chancellor|Senator|Sen|Sen.|Rep|Rep.|Representative|Congressman|\
    Congresswoman|Governor|Gov|Gov.|Mayor|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Professor|\
    Sir|Dame|Provost|Comandante|PM|Consort|Lord|Lady|King|Queen|Prince|Princess|Pope|Emperor|Empress|\
    Sheikh|Emir|Sultan|\
    Taoiseach|Tanaiste|Sayyid|Seyed|Monsignor|Monsenor|\
    Ayatollah|Chairman|Chairwoman|Secretary|Ambassador|Judge|Gen|Gen.|Lt|Lt.|Col|Col.|Colonel|\
    Lieutenant|Sgt|Sgt.|Sergeant|Capt|Capt.|Captain|Admiral|Adm|Adm.|Marshal|Generalissimo|Commander|Coach|\
    Leader|Spokesman|Spokeswoman|Spokesperson|Rev|Rev.|Reverend|Bishop|Archbishop|Cardinal|\
    Rabbi|Imam|Detective|Inspector|Councillor|Councilman|Councilwoman|MP|CEO|Chief|Director|\
    Envoy|Mme|Mme.|Mlle|Herr|Frau|Madam|Madame|Comrade|Ald.|Justice|Constable|Chair|\
    Superintendent|Commissioner|Baroness|Baron|Administrator|Undersecretary|Treasurer|Ombudsman|Officer|Manager|Editor|Producer|\
    Coordinator|Curator|Founder|Chairperson|Insp|Insp.|Supt|Supt.|Cllr|Cllr.|Secretary-General|\
    MEP|MSP|MLA|Director-General|Governor-General|Attorney-General|Surgeon-General|Vice-President|\
    Vice-Chairman|Vice-Premier|Brigadier|Adviser|Advisor|Hon|Honorable|Honourable|Cde|Duke|Duchess|\
    Countess|Marquess|Marchioness|Viscount|Viscountess|Speaker|HRH|Attorney|Prosecutor|Mufti|\
    Assemblyman|Assemblywoman|Assemblymember|Corporal|Cpl|Cpl.|Bombardier|Fusilier|Trooper|\
    Guardsman|Rifleman|Sapper|Pte|Pte.";

/// Awards known by one name, which may also be a given name ("Oscar").
pub(super) const AWARDS: &str = "\
    Oscar|Oscars|Emmy|Emmys|Grammy|Grammys|Golden Globe|Golden Globes|Brit Award|Brit Awards|\
    Golden Raspberry|Razzie|Razzies|Tony Award|Tony Awards|Olivier Award|Olivier Awards|\
    Bafta|Baftas|Bafta Award|Bafta Awards|Booker Prize|Turner Prize|Mercury Prize|Pulitzer|\
    Pulitzer Prize|Nobel Prize|Palme d'Or";

/// Events known by a name that holds no event's last word.
pub(super) const KNOWN_EVENTS: &str = "\
    Grand National|Boat Race|Six Nations|Ashes|Tour de France|Giro d'Italia|Vuelta a Espana|\
    Eurovision|Proms|Hajj|Oktoberfest|Mardi Gras|Live Aid|Live 8|\
    Wrestlemania|Hogmanay|Grand Slam|Triple Crown|World War I|World War II|World War One|\
    World War Two|World War 1|World War 2";

pub(super) const ON_HEADS: &str = "\
    Treaty|Convention|Agreement|Law|Act|Protocol|Declaration|Conference|Committee|Subcommittee|\
    Commission|Accord|Pact|Charter|Covenant|Panel|Forum|Council";

/// Words that modify a following title ("Vice President", "Prime Minister").
pub(super) const TITLE_MODIFIERS: &str = "\
    Vice|Deputy|Former|Acting|Prime|Foreign|Defence|Defense|Finance|Interior|Supreme|Senior|\
    Assistant|Under|Executive|Crown|Grand|Ex|Late|Then|Chief|Trade|Economy|Health|Education|\
    Energy|Culture|Justice|Agriculture|Transport|Security|State|Opposition|Party|Labour|\
    Labor|Home|Shadow|Attorney|Federal|Regional|Provincial|Managing|Head|Coach|Team|Club|\
    Majority|Minority|Det|Det.|Ch|Ch.|Respected|Beloved|First|High|Lance|Major|Rear";

/// Last words that make a name an organisation.
pub(super) const ORG_SUFFIXES: &str = "\
    University|College|Institute|Institution|Agency|Army|Navy|Force|Forces|Guard|Guards|Times|Post|Executive|\
    Jihad|Programme|Liga|Partnership|\
    Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Observer|News|Press|Party|\
    Standard|Spectator|Economist|Courier|Inquirer|Advertiser|Dispatch|\
    Ministry|Department|Council|Bank|Inc|Inc.|Corp|Corp.|Corporation|Co.|Ltd|Ltd.|LLC|PLC|plc|\
    AG|GmbH|Group|Holdings|Club|FC|Commission|Committee|Court|Office|Service|Services|\
    Association|Foundation|Fund|Society|League|Union|Organization|Organisation|Company|Airlines|\
    Airways|Motors|Technologies|Systems|Pharmaceuticals|Labs|Laboratories|Laboratory|School|\
    Academy|Board|Authority|Administration|Bureau|Assembly|Parliament|Congress|Senate|Cabinet|\
    Police|Command|Brigade|Brigades|Regiment|Network|Television|Radio|Magazine|Review|Trust|Partners|\
    Ventures|Media|Studios|Records|Church|Hospital|Infirmary|Secretariat|Alliance|Coalition|Movement|\
    Front|Forum|Exchange|Reserve|Treasury|Directorate|Embassy|Consulate|Federation|Team|Mission|\
    Panel|Tribunal|Venture|Project|Duma|Rada|Majlis|Knesset|Bundestag|Sejm|\
    Agency's|Daily|Times's|Monitor|Express|Mirror|Mail|Insider|Broadcasting|Channel|Energy|Industry|Industries|Electronics|\
    Communications|Capital|Securities|Enterprises|Entertainment|Games Inc|Software|Robotics|\
    Workers|Employees|Teamsters|Lab|Weekly|Corps|Cooperation|Co-operation|Chiefs|Staff|Limited|\
    Incorporated|Survey|Guild|Presidium|Troupe|Ensemble|Orchestra|Choir|Chorus|Band|Philharmonic|Consulting|\
    Consultants|Consultancy|Associates|Economics|Ilbo|Sinmun|Shimbun|Sinbo|Ribao|Zeitung|Gazeta|Bros|Bros.|Brothers|Premiership|\
    Community|Library|Consortium|Confederation|Studio|Studios|Unit|Units|Volunteers";

/// Last words that make a name an event.
pub(super) const EVENT_SUFFIXES: &str = "\
    War|Wars|Summit|Olympics|Olympiad|Paralympics|Games|Cup|Championship|Championships|Election|\
    Elections|Revolution|Crisis|Conference|Festival|Open|Tournament|Prix|Expo|Marathon|Accords|\
    Accord|Massacre|Uprising|Invasion|Referendum|Awards|Derby|Rally|Offensive|Storm|Hurricane|\
    Pandemic|Blockade|Airlift|Congress of|Week|Day|Series|Final|Finals|Playoffs|Bowl|Classic|\
    Fair|Jubilee|Carnival|Cavalcade|Meeting|Plenum|Questions|Debate|Talks|Masters|Fringe|Tattoo|\
    Tour|Contest|Challenge|Protest|Protests|Show|Race";

/// Last words of names of laws, treaties, instruments and other things.
pub(super) const OTHER_SUFFIXES: &str = "\
    Act|Acts|Treaty|Bill|Agreement|Arrangement|Protocol|Convention|Charter|Doctrine|Award|Prize|Telescope|\
    Rover|Satellite|Probe|Vaccine|Index|Fund Index|Code|Directive|Regulation|Regulations|Amendment|Plan|\
    Dynasty|Doctrine|Ideology|Theory|Idea|Manifesto|Constitution|Accord|Covenant|Store|\
    Declaration|Communique|Syndrome|Strategy|Honours|Linux";

/// Last words that make a name a place.
pub(super) const PLACE_SUFFIXES: &str = "\
    River|Sea|Ocean|Lake|Mountain|Mountains|Island|Islands|Peninsula|Strait|Straits|Gulf|Bay|\
    Islet|Islets|Valley|Desert|Canal|Province|Region|Oblast|Krai|County|District|Prefecture|Street|Avenue|\
    Road|Square|Bridge|Airport|Station|Port|Harbour|Harbor|Base|Cosmodrome|Spaceport|Stadium|\
    Arena|Palace|Castle|Tower|Towers|Plaza|Coast|Heights|Hills|Plain|Plains|Basin|Zone|Territory|\
    Territories|Republic|Kingdom|Emirates|States|Forest|Falls|Canyon|Beach|Reef|Dam|Glacier|\
    Highway|Park|Cathedral|Mosque|Temple|Shrine|Reactor|Plant|Complex|Field|Fields|Village|City|Resort|\
    Town|Mount|Cape|Isle|Archipelago|Mile|Steppe|Delta|Corridor|Museum|Gallery|Zoo|Prison|Camp|Lane|\
    Crescent|Terrace|Garden|Gardens|Grove|Boulevard|Quay|Wharf|Dock|Docks|Pier|Marina|Circus|Hotel|Planetarium|Memorial|Cemetery|\
    Mall|Theatre|Theater|Cinema|Aquarium|Monument|Pavilion|Observatory|Hall|Center|Centre|Area|Embankment|\
    Farm|Ranch|Mine|Shipyard|Dockyard|Refinery|Factory|Greenhouse|Orchard|Shelf|Plateau|Volcano|\
    Atoll|Lagoon|Fjord|Trench|Crater|Highlands|Lowlands|Springs|Creek|Cove|Tomb|Mausoleum|Chapel|\
    Abbey|Basilica|Priory|Building|Barracks|Racecourse|Dome|Ironworks|Steelworks|Colliery|Peak|\
    Peaks|Gorge|Cave|Caves|Waterfall|Arch|Site";

/// Words after which "of" or "for" continues a name ("Bank of England").
pub(super) const OF_HEADS: &str = "\
    University|Bank|Institute|Ministry|Department|Republic|Kingdom|Commonwealth|Federation|Union|\
    Museum|School|College|Academy|Council|Committee|Commission|Association|Society|League|Office|\
    Court|Board|Bureau|Agency|Chamber|Church|Hospital|Infirmary|Gulf|Bay|Sea|Isle|Island|Islands|Strait|Cape|Lake|\
    Mount|House|Party|Organization|Organisation|Center|Centre|Battle|Siege|Treaty|Declaration|\
    Embassy|Consulate|Federation|Foundation|Fund|Campaign|Alliance|Movement|Coalition|Archipelago|\
    Sisters|Brothers|Friends|Daughters|Sons|Knights|Order|Palace|Cathedral|Hall|Port|Bureau|\
    Tower|Conference|Congress|Secretariat|Division|Institution|Authority|Administration|Straits|\
    Bank for|Province|Region|District|State|Statue|Dome|Gate|Valley|Temple|Plain|Plains|Festival|\
    Carnival|Cavalcade|Convention|Exhibition|Feast|Summit|Chiefs|Municipality|County|Prefecture|\
    Governorate|Borough|Canton|Parish|Day|Confederation|Study|Tomb|Mausoleum|War|Presidium|\
    Politburo|Cabinet|Assembly|Parliament|Front|Duchy|Journal|Regiment|Corps|Panel|Tribunal|Arch|\
    Congregation|Observatory";

/// Lower-case particles of personal and place names ("bin", "van", "de").
pub(super) const PARTICLES: &str =
    "de|da|di|del|della|der|den|des|van|von|la|le|du|dos|das|bin|ibn|al|el|es|y|ten|ter|zu";

/// Lower-case words that say the following name is a person.
pub(super) const PERSON_ROLES: &str = "\
    president|leader|minister|premier|professor|spokesman|spokeswoman|spokesperson|chairman|newcomer|\
    chairwoman|ceo|director|analyst|coach|striker|midfielder|defender|goalkeeper|manager|captain|\
    player|senator|governor|mayor|ambassador|envoy|secretary|chief|head|founder|co-founder|author|\
    researcher|scientist|economist|lawyer|attorney|judge|official|diplomat|general|commander|\
    colonel|actor|actress|singer|writer|journalist|correspondent|editor|reporter|chancellor|\
    dictator|king|queen|prince|princess|lawmaker|mp|deputy|adviser|advisor|aide|expert|fellow|\
    lecturer|teacher|doctor|candidate|boss|executive|chairperson|champion|forward|winger|batsman|\
    bowler|pitcher|quarterback|rapper|star|prosecutor|investor|billionaire|entrepreneur|designer|\
    architect|activist|husband|wife|son|daughter|father|mother|brother|sister|nominee|legislator|\
    councillor|pope|tycoon|businessman|businesswoman|founder|physicist|chemist|biologist|\
    astronaut|officer|soldier|spokesman|novelist|poet|director-general|secretary-general|\
    chancellor|opponent|successor|predecessor|counterpart|colleague|defenceman|sprinter|\
    cyclist|tennis|golfer|boxer|fighter|driver|jockey|veteran|inventor|host|presenter|filmmaker|\
    composer|painter|artist|artiste|performer|historian|philosopher|surgeon|nurse|student|graduate|researcher|\
    owner|chair|partner|team-mate|teammate|strategist|pundit|commentator|blogger|mp|senator-elect|president-elect|\
    weightlifter|gymnast|swimmer|wrestler|skater|skier|rower|fencer|hurdler|athlete|runner|\
    keeper|all-rounder|trainer|dj|comedian|guitarist|drummer|bassist|songwriter|dancer|model|\
    musician|campaigner|co-star|co-host|co-presenter|co-writer|co-author|creator|co-creator|\
    animator|illustrator|photographer|sculptor|cartoonist|playwright|screenwriter|conductor|\
    pianist|violinist|cellist|choreographer|magician|mathematician|astronomer|principal|skipper|spinner|\
    paceman|seamer|wicketkeeper|wicket-keeper|hooker|flanker|scrum-half|fly-half|full-back|\
    centre-back|centre-forward|playmaker|stand-off";

/// Trades in the plural whose people a firm's name follows ("accountants
/// PricewaterhouseCoopers").
pub(super) const FIRM_TRADES: &str = "\
    analysts|accountants|auditors|consultants|lawyers|solicitors|brokers|stockbrokers|bankers|\
    pollsters|auctioneers|administrators|receivers|liquidators|insurers|retailers|publishers|\
    researchers|headhunters|bookmakers|airlines|carmakers|lenders|supermarkets|brewers|\
    housebuilders|drugmakers|chipmakers";

/// Lower-case words that say the following name is an organisation.
pub(super) const ORG_CUES: &str = "\
    agency|group|company|firm|newspaper|paper|daily|outlet|broadcaster|network|party|club|team|\
    bank|airline|carrier|maker|manufacturer|retailer|startup|start-up|giant|publisher|magazine|\
    channel|station|organisation|organization|charity|union|insurer|lender|automaker|carmaker|\
    brand|band|label|studio|watchdog|regulator|tank|conglomerate|chain|\
    supplier|contractor|miner|fund|tabloid|website|site|platform|app|service|institute|\
    university|ministry|militia|faction|movement|outfit|side|franchise|distributor|consultancy|\
    journal|lender|broker|makers|gang|cartel|syndicate|orchestra|choir|troupe|ensemble|league|\
    association|federation|society|foundation|coalition|alliance|exporter|importer|operator|utility|\
    chipmaker|drugmaker|planemaker|refiner|steelmaker|shipbuilder|brewer|grocer|supermarket|\
    bookmaker|provider|wholesaler|housebuilder|body|subsidiary|affiliate|consortium|unit|\
    division|store|arm|engine|glassmaker|toymaker|tyremaker|tiremaker|papermaker|jetmaker|\
    handsetmaker";

/// Lower-case nouns for things that are neither people, organisations,
/// places nor events: works, products, vehicles, diseases, laws, doctrines
/// ("Minetest is an open-source game", "Ozempic, a diabetes drug").
pub(super) const THING_NOUNS: &str = "\
    game|videogame|software|distribution|browser|program|programme|application|film|movie|\
    documentary|album|song|single|novel|book|series|sitcom|soap|drama|epic|thriller|comedy|biopic|show|\
    sequel|remake|adaptation|handheld|vaccine|drug|medicine|steroid|stimulant|painkiller|\
    antibiotic|antidepressant|sedative|\
    medication|treatment|aircraft|jet|airliner|plane|helicopter|drone|car|vehicle|truck|phone|\
    smartphone|handset|superbug|tablet|laptop|device|console|computer|processor|chip|language|rocket|\
    spacecraft|probe|satellite|telescope|ship|vessel|submarine|warship|missile|weapon|rifle|virus|\
    disease|syndrome|condition|kernel|protocol|format|engine|tool|toolkit|framework|library|\
    product|rebuild|fork|opera|musical|painting|sculpture|award|prize|medal|trophy|ideology|\
    doctrine|philosophy|theory|law|bill|treaty|index|currency|cryptocurrency|coin|token|compound|\
    species|genus|mineral|chemical|dish|beverage|drink|beer|wine|font|typeface|manga|anime|comic|\
    podcast|blog|newsletter|operating|video|programming|system";

/// Lower-case words after a name that say it is a place ("the Kursk region",
/// "Kennedy airport", "Waterloo station"). Not "line": "the MacBook line" is
/// a product line.
pub(super) const PLACE_CUES: &str = "\
    region|province|city|town|village|county|district|border|area|oblast|capital|port|island|\
    peninsula|coast|valley|state|prefecture|countryside|suburb|neighbourhood|neighborhood|\
    governorate|frontier|front|airport|station|stadium|bridge|tunnel|ranch|compound|prison|\
    crater|harbour|harbor|marina|beach|racecourse|airfield|estuary|docks|hotel|ward|borough|\
    municipality|township|commune|canton";

/// Prefixes of ships' names: navies' (United States, British, Australian,
/// Canadian, New Zealand, Indian) and merchant ones.
pub(super) const SHIP_PREFIXES: &str = "USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS|MV|RMS|SS";

/// Capitalised words that are not names when they stand alone (with a match
/// report's labels, "Att: 37,816", "Ref: M Dean", and cricket's "the
/// second Test").
pub(super) const GENERIC: &str = "\
    North|South|East|West|Northeast|Northwest|Southeast|Southwest|Studies|Affairs|Relations|\
    Political|Diplomatic|Economic|Environment|Environmental|Legal|Religious|Medical|\
    Financial|Cultural|\
    Sciences|Science|Government|State|States|Republic|Kingdom|Internet|Web|God|Lord|Mother|\
    Father|Mom|Dad|Sun|Moon|Section|Article|Chapter|Part|Act|Bill|Law|Amendment|Report|Budget|\
    Today|Tonight|Breaking|Exclusive|Opinion|Analysis|Editorial|Update|Live|Video|Watch|Home|\
    Page|Top|Latest|News|Politics|Business|Sport|Sports|World|Tech|Technology|Culture|Health|\
    Travel|Style|Money|Markets|Economy|Finance|Industry|Unit|Volunteers|Weather|Comment|Letters|Podcast|Newsletter|\
    Black|White|Red|Blue|Green|Union|League|Party|Group|Foundation|Institute|Ministry|Court|\
    Department|Agency|Office|Council|Committee|Commission|Army|Navy|Police|Bank|Club|Team|Staff|\
    University|College|School|Church|Hospital|City|Town|Street|Station|Airport|Island|River|\
    Sea|Ocean|Lake|Region|Province|County|District|Capital|Centre|Center|Media|Press|Times|Post|\
    Summit|War|Games|Cup|Series|Election|Olympics|Revolution|Crisis|Conference|Festival|Open|Day|Week|\
    Meeting|Session|Plenum|\
    Att|Ref|Test|\
    Mr|Mrs|Ms|Dr|Sir|President|Minister|Premier|Chairman|Leader|Secretary|Senator|Governor|\
    COVID|Covid|CEO|CFO|COO|CTO|GDP|TV|OK|AM|PM|ID|AI|PhD|UTC|GMT|EST|PST|BST|CET|USD|EUR|\
    EDT|PDT|CDT|MDT|CST|MST|HST|AKST|AKDT|CEST|EET|EEST|WET|IST|JST|KST|HKT|SGT|MSK|WIB|\
    SAST|AEST|AEDT|AWST|ACST|NZST|NZDT|\
    GBP|JPY|CNY|RMB|INR|KRW|AUD|CHF|HKD|SGD|RUB|Rs|Rp|MP|MPs|MSP|MSPs|MEP|MEPs|MLA|MLAs|\
    OBE|MBE|CBE|KBE|DBE|\
    UPDATE|BREAKING|EXCLUSIVE|WATCH|LIVE|READ|MORE|VIDEO|PHOTO|PHOTOS|NOTE|FAQ|PDF|Q&A|DIY|\
    Prime|Foreign|Vice|Deputy|Former|Federal|National|International|Global|Central|Royal|\
    Chief|Executive|Senior|General|Supreme|Official|Military|Nuclear|Communist|Democrat|\
    Republican|Democrats|Republicans|Conservative|Conservatives|Labour|Liberal|Liberals|Tory|\
    Tories|Greens|Socialist|Socialists|Islamist|Islamists|Allies|Allied|Axis|Coalition|\
    Administration|Parliament|Senate|Cabinet|Constitution|Embassy|Treasury|Crown|Throne|\
    DNA|RNA|HTML|CD|CDs|DVD|VR|AR|IQ|GNP|POV|ROV|VIP|VIPs|SUV|SUVs|USB|PC|PCs|OS|GB|MB|KB|TB|LCD|LED|\
    HD|URL|ATM|IP|IT|RAM|CPU|GPU|SMS|GPS|UFO|MRI|ICU|ER|PR|HR|ML|API|MP3|LGBT|LGBTQ|NGO|NGOs|MBA|\
    BA|BSc|MSc|MA|Hons|QC|KC|SC|AD|BC|CE|BCE|POTUS|FLOTUS|RSVP|ASAP|FYI|LOL|OMG|TBA|TBC|ETA|IPO|IPOs|\
    CCTV|SIM|PIN|WiFi|Wi-Fi|HIV|AIDS|BMI|PTSD|ADHD|OCD|IVF|STD|STI|CO2|HQ|PS|NB|RIP|AKA|aka|DJ|MC|\
    EP|LP|TBD|KPI|ROI|B2B|CV|Q1|Q2|Q3|Q4|H1|H2|FY|YoY|EPS|P&L|M&A|R&D|S&M|A&E|Q&A|VoIP|GPRS|\
    WAP|ADSL|DSL|DRM|P2P|MMS|RFID|HDTV|IPTV|3G|4G|5G|VCR|VCRs|VHS|DVDs|PDA|PDAs|PVR|PVRs|TVs|\
    MP3s";

/// Languages and faiths named by a noun of their own, and other names that
/// are neither people, organisations nor places: market indices, currencies.
pub(super) const LANGUAGES_FAITHS: &str = "\
    Hindi|Urdu|Bengali|Punjabi|Tamil|Telugu|Marathi|Gujarati|Kannada|Malayalam|Mandarin|Cantonese|\
    Swahili|Hausa|Yoruba|Igbo|Amharic|Tigrinya|Pashto|Dari|Farsi|Kurmanji|Sorani|Hebrew|Yiddish|\
    Tagalog|Esperanto|Latin|Sanskrit|Hungarian|Basque|Catalan|Gaelic|Klingon|Islam|Christianity|\
    Judaism|Hinduism|Buddhism|Sikhism|Jainism|Taoism|Shinto|Zoroastrianism|\
    Juche|Songun|Brexit|Covid|COVID-19|\
    FTSE|CAC|DAX|Nikkei|Hang Seng|Dow Jones|Dow|S&P|Sensex|Nifty|Kospi|ASX|TSX|Stoxx|Euro Stoxx|IBEX|\
    Bovespa|Merval|Topix|Shanghai Composite|Dow Industrials|Dow Jones Industrial Average|\
    Nasdaq Composite|Russell|Bitcoin|Ethereum";

/// Common abbreviations and alternative names, mapped to one canonical name.
pub(super) const ALIASES: &str = "\
    U.S.=United States|U.S=United States|US=United States|USA=United States|U.S.A.=United States|\
    United States of America=United States|America=United States|the United States=United States|\
    UK=United Kingdom|U.K.=United Kingdom|U.K=United Kingdom|Britain=United Kingdom|\
    Great Britain=United Kingdom|DPRK=North Korea|D.P.R.K.=North Korea|\
    Democratic People's Republic of Korea=North Korea|ROK=South Korea|Republic of Korea=South Korea|\
    PRC=China|People's Republic of China=China|Mainland China=China|UAE=United Arab Emirates|\
    U.A.E.=United Arab Emirates|Russian Federation=Russia|Czechia=Czech Republic|\
    Türkiye=Turkey|Turkiye=Turkey|Burma=Myanmar|Holland=Netherlands|Kiev=Kyiv|Odessa=Odesa|Donbass=Donbas|\
    St. Petersburg=Saint Petersburg|St Petersburg=Saint Petersburg|UN=United Nations|\
    St Kitts and Nevis=Saint Kitts and Nevis|St Lucia=Saint Lucia|\
    U.N.=United Nations|U.N=United Nations|EU=European Union|E.U.=European Union|\
    USSR=Soviet Union|U.S.S.R.=Soviet Union|Beeb=BBC|Number 10=Downing Street|NZ=New Zealand|HK=Hong Kong|\
    Fed=Federal Reserve|US Federal Reserve=Federal Reserve|US Fed=Federal Reserve|\
    Olympic=Olympics|Paralympic=Paralympics|Man Utd=Manchester United|Man United=Manchester United|\
    Man City=Manchester City|Viet Nam=Vietnam|Commons=House of Commons|Lords=House of Lords|\
    D.C.=Washington, D.C.|DC=Washington, D.C.|Washington D.C.=Washington, D.C.|\
    Washington DC=Washington, D.C.";

/// Built-in organisations that carry no suffix ("Kremlin", "Reuters").
pub(super) const ORGS: &str = "\
    Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Quai d'Orsay|Blue House|\
    Reuters|AFP|AP|Bloomberg|Xinhua|TASS|Tass|Yonhap|KCNA|Interfax|RIA Novosti|BBC|CNN|NBC|CBS|\
    ABC|Fox News|NPR|Kyodo|NHK|Al Jazeera|Axios|Politico|NATO|United Nations|European Union|\
    IMF|OPEC|ASEAN|WHO|WTO|FIFA|UEFA|IOC|Hamas|Hezbollah|Taliban|Google|Microsoft|Apple|Amazon|\
    Meta|Facebook|Tesla|OpenAI|Nvidia|Samsung|Huawei|Alibaba|Tencent|Toyota|Gazprom|Rosneft|\
    Boeing|Airbus|Netflix|Twitter|Instagram|TikTok|YouTube|Wikipedia|Kremlin's|FBI|CIA|NSA|KGB|\
    FSB|GRU|MI5|MI6|NASA|Roscosmos|Vatican|Interpol|Europol|G7|G20|BRICS|Quad|SCO|Mossad|\
    Wagner Group|Politburo|Duma|Bundestag|Knesset|Congress|Intel|AMD|IBM|Cisco|Qualcomm|\
    Lok Sabha|Rajya Sabha|Storting|Sejm|Riksdag|Folketing|Eduskunta|Verkhovna Rada|Oireachtas|\
    Dáil|Seanad|Senedd|Althing|Jatiya Sangsad|Majlis|\
    Lockheed Martin|Northrop Grumman|Raytheon|General Electric|General Motors|Siemens|Sony|\
    Nokia|Ericsson|Volkswagen|BMW|ExxonMobil|Chevron|Walmart|Pfizer|Moderna|AstraZeneca|\
    Goldman Sachs|JPMorgan|Morgan Stanley|Uber|Spotify|SpaceX|Disney|Nintendo|Vodafone|Tesco|\
    Sainsbury's|Barclays|HSBC|RBS|BP|Unilever|GlaxoSmithKline|GSK|Rolls-Royce|BAE Systems|\
    British Airways|Ryanair|easyJet|EasyJet|ITV|BSkyB|EMI|T-Mobile|Yahoo|eBay|Napster|\
    Hewlett-Packard|Oracle|Panasonic|Fujitsu|Hitachi|Nissan|Renault|Peugeot|Nestle|\
    Nestlé|Coca-Cola|PepsiCo|McDonald's|Starbucks|Nike|Adidas|IKEA|Ikea|Aldi|Lidl|Asda|\
    Santander|Deutsche Bank|UBS|Credit Suisse|Citigroup|Mastercard|PayPal|Enron|WorldCom|\
    Royal Mail|Network Rail|Ofcom|Ofgem|Ofwat|Ofsted|Sinn Fein|Sinn Féin|Plaid Cymru|UKIP|DUP|\
    SDLP|Fianna Fail|Fianna Fáil|Fine Gael|Likud|Fatah|ANC|BJP|Kuomintang|KMT|ESA|CERN|UNICEF|\
    UNESCO|UNHCR|OECD|OSCE|Oxfam|Red Cross|Red Crescent|ICRC|Greenpeace|Amnesty|\
    Amnesty International|Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Save the Children|\
    Human Rights Watch|Motorola|Toshiba|Ferrari|McLaren|Arsenal|Everton|Spurs|Aston Villa|\
    Tottenham Hotspur|Man Utd|Lloyds TSB|HBOS|Woolworths|Debenhams|Nasdaq|NYSE|Rodong Sinmun|\
    Minju Joson|Hyundai|Mazda|Volvo|Fiat|Audi|Porsche|Daewoo|Subaru|Bafta|BAFTA|ITV1|Channel 4|\
    Premiership|Dr Pepper|All Blacks|British and Irish Lions|Nottingham Forest|Crystal Palace|\
    Sheffield Wednesday|West Ham|West Ham United|Hibernian|Heart of Midlothian|Queens Park Rangers|\
    QPR|Partick Thistle|Preston North End|Inverness Caledonian Thistle|\
    Sky News|Sky Sports|Sky TV|Formula One|Formula 1|Nascar|NASCAR|IndyCar|\
    Joson Inmingun|Chongryon|Rio Tinto|BHP Billiton|Xstrata|JP Morgan|J.P. Morgan|Merrill Lynch|\
    Lehman Brothers|Bear Stearns|Citibank|Cazenove|BNP Paribas|ABN Amro|Yukos|Sibneft|Lukoil|\
    Aeroflot|MG Rover|Dixons|Morrisons|Safeway|Vivendi|Alcatel|Bhs|Marks & Spencer|\
    Marks and Spencer|Prudential|Aviva|Abbey National|Northern Rock|Standard Chartered|Reuters|\
    EADS|Thales|Philips|Bayer|BASF|Danone|LVMH|Parmalat|Eurotunnel|Railtrack|Corus|Cadbury|\
    Cadbury Schweppes|Diageo|Wal-Mart|Qantas|Lufthansa|KLM|Air France|Alitalia|Virgin Atlantic|Dell|\
    Creative Technology|BT|NTL|Telewest|Carphone Warehouse|Tiscali|Wanadoo|AOL|Freeserve|\
    Openreach|Centrica|British Gas|Powergen|National Grid|Severn Trent|Thames Water|Argos|\
    Sony Ericsson|Electronic Arts|Activision|Ubisoft|Verizon|AT&T|Comcast|Time Warner|Viacom|\
    News Corporation|News Corp|Pixar|DreamWorks|Warner Bros|Mozilla|Sun Microsystems|\
    RealNetworks|Vivendi Universal|Sega|Atari|Skype|Friends Reunited|House of Commons|\
    House of Lords|Whitehall|Honda|Mitsubishi|Kia|DaimlerChrysler|al-Qaeda|Al-Qaeda|\
    al-Qaida|Al-Qaida|al Qaeda|Al Qaeda|Islamic State|ISIS|ISIL|Boko Haram|al-Shabab|\
    al-Shabaab|Al-Shabaab|Islamic Jihad|Muslim Brotherhood|PKK|FARC|Tamil Tigers|LTTE|\
    Christian Aid|Comic Relief|Sport Relief|Help the Aged|Age Concern|Barnardo's|NSPCC|RSPCA|\
    RSPB|Tearfund|ActionAid|Mencap|Cancer Research UK|Band Aid";

/// Words that name a kind of court of law before "Court" ("Supreme Court",
/// "Crown Court", "Magistrates' Court"): a court named otherwise is a place.
pub(super) const COURT_KINDS: &str = "\
    Supreme|High|Crown|Magistrates|District|Federal|Constitutional|Appeals|Appeal|County|Family|\
    Criminal|Sheriff|Youth|Coroners|Coroner's|Circuit|Superior|Tax|Military|Juvenile|Labour|Labor|\
    Administrative|Civil|Commercial|Claims|Bankruptcy|State|Municipal|Arbitration|Special|\
    Appellate|Regional|Provincial|Trial|People's|Peoples|Central|Revolutionary|Islamic|Sharia|\
    Shariah|Election|Electoral|Disciplinary|European|International|World|Inter-American|African|\
    Permanent|Lower|Top|Housing|Probate|Drug|Traffic";
