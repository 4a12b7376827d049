//! Built-in lists for typing names in general news: common given names
//! across cultures (a person needs a person cue or a given name), the words
//! that end the names of companies and sports clubs, political parties known
//! by a bare adjective or plural, and institutions named by one generic word.

use super::hash::{HashMap, HashSet};
use super::lexicon::{set, word_set};
use crate::text::words::HYPHENS;
use std::sync::OnceLock;

/// Common given names. Names as common as surnames ("Morgan", "Stanley",
/// "Lloyd") are left out on purpose: they must not make a firm a person.
/// The last lines add names of Britain, Ireland and the wider world that
/// the generated list (`data/given-names.txt`) lacks.
const GIVEN_NAMES: &str = "\
    Aaron|Abdul|Abdullah|Adam|Adrian|Ahmed|Ahmad|Aisha|Alan|Albert|Alberto|Alejandro|Alex|\
    Alexander|Alexandra|Alexei|Alexey|Ali|Alice|Alicia|Alison|Amanda|Amir|Amy|Ana|Andrea|Andreas|\
    Andrei|Andrew|Andrzej|Angela|Angelo|Anita|Ann|Anna|Anne|Anthony|Antonio|Anton|Arjun|Arnold|\
    Arthur|Aryna|Ashley|Barbara|Beatriz|Ben|Benjamin|Bernard|Beth|Betsy|Bill|Bob|Boris|Brad|\
    Brian|Bruce|Bruno|Bukayo|Carl|Carla|Carlos|Carmen|Caroline|Catherine|Charles|Charlie|\
    Charlotte|Chen|Chris|Christian|Christina|Christine|Christophe|Christopher|Chuck|Claire|\
    Claudia|Coco|Colin|Craig|Dan|Daniel|Daniela|Dante|David|Deborah|Denis|Dennis|Diana|Diego|\
    Dmitry|Dmitri|Don|Donald|Dong|Doug|Douglas|Ed|Eduardo|Edward|Elena|Elizabeth|Ellen|Elon|Emily|\
    Emma|Emmanuel|Enrique|Eric|Erik|Ethan|Eva|Fabiola|Fatima|Felipe|Fernando|Fiona|Francesco|\
    Francis|Francisco|Frank|Frederick|Gabriel|Gareth|Gary|Gavin|Geoffrey|George|Georg|Gerald|\
    Gerhard|Gianni|Giorgia|Giovanni|Giuseppe|Gordon|Graham|Greg|Gregory|Guglielmo|Gustavo|Hans|\
    Harry|Hassan|Heather|Hein|Heinrich|Helen|Helena|Henry|Hiroshi|Howard|Hugh|Hugo|Hussein|Iain|\
    Ian|Iga|Igor|Ibrahim|Imran|Ingrid|Irina|Isabel|Isabella|Ivan|Jack|Jacob|Jake|James|Jan|Jane|\
    Jannik|Janet|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|Jeremy|Jessica|Jim|Joan|Joanna|Joe|\
    Johan|Johannes|John|Jon|Jonathan|Jorge|Jose|José|Joseph|Josh|Joshua|Juan|Julia|Julian|Julie|\
    Jurgen|Jürgen|Justin|Kai|Karen|Karim|Karl|Kate|Katherine|Katie|Keir|Keith|Kemi|Ken|Kenji|\
    Kenneth|Kevin|Khalid|Kim Jong|Kirsty|Klaus|Kristen|Kwame|Lars|Laura|Lauren|Lee|Lee Jae|Leo|\
    Leon|Linda|Lisa|Liz|Louis|Louise|Luca|Lucas|Lucy|Luis|Luiz|Lula|Luke|Magnus|Mahmoud|Maria|\
    Marie|Marina|Mario|Mark|Marco|Marcus|Margaret|Marine|Martin|Mary|Masayoshi|Matt|Matthew|\
    Maxim|Megan|Mehmet|Michael|Michel|Michelle|Miguel|Mike|Mikel|Mikhail|Mitch|Mohamed|\
    Mohammed|Muhammad|Mukhtar|Mustafa|Nadia|Nancy|Naomi|Narendra|Natalia|Natasha|Nathan|Neil|\
    Nicholas|Nick|Nicola|Nicolas|Nigel|Nikolai|Nina|Noah|Norman|Olaf|Oleg|Oliver|Olivia|Omar|\
    Oscar|Owen|Pablo|Paolo|Patricia|Patrick|Paul|Paula|Pedro|Pete|Peter|Petra|Philip|Philippe|\
    Pierre|Piotr|Priya|Rachel|Rafael|Rahul|Raj|Rajesh|Ralph|Ramon|Raymond|Rebecca|Recep|Richard|\
    Rishi|Rob|Robert|Roberto|Robin|Roger|Ron|Ronald|Rosa|Ruth|Ryan|Sadiq|Sally|Sam|Samuel|\
    Sandra|Sanjay|Sara|Sarah|Satya|Scott|Sean|Sebastian|Sergei|Sergey|Shinzo|Shigeru|Simon|\
    Sofia|Sophie|Stefan|Stephanie|Stephen|Steve|Steven|Stuart|Sue|Susan|Sunil|Tanya|Ted|Teresa|\
    Thomas|Tim|Timothy|Tom|Tony|Tracy|Ulrich|Ursula|Valentina|Vanessa|Victor|Victoria|Vijay|\
    Vincent|Viktor|Vladimir|Volodymyr|Walter|Wang|Wendy|Wes|Wei|William|Willie|Wolfgang|\
    Xavier|Yasmin|Yoshihide|Yuki|Yuri|Yusuf|Zhang|Zoe|Ange|Chandni|Kamala|Joel|Nikki|Ron|Gavin|\
    Pam|Marco|Lindsey|Mitt|Jared|Ivanka|Hunter|Hillary|Barack|Jimmy|Rudy|Tulsi|Kash|Elise|Kristi|\
    Jerome|Janet|Christine|Ursula|Kaja|Mette|Pedro|Giorgia|Viktor|Friedrich|Annalena|Olaf|\
    Sergio|Gabriela|Claudia|Javier|Gustavo|Nayib|Cyril|Bola|Abiy|Paul|Yoweri|William|Jacinda|\
    Anthony|Penny|Peter|Yoon|Fumio|Shigeru|Narendra|Shehbaz|Benjamin|Isaac|Yair|Mahmoud|Bashar|\
    Ebrahim|Masoud|Ilham|Nikol|Kassym|Shavkat|Alexander|Maia|Salome|Maia|Heinz|Dieter|\
    Aaliyah|Abby|Abigail|Abraham|Ada|Adele|Adriana|Agnes|Aidan|Aiden|Akira|Alana|Alberta|Alec|\
    Alessandro|Alexa|Alexis|Alfred|Alfredo|Alina|Allan|Allen|Allison|Alma|Alvaro|Amber|\
    Amelia|Amit|Amos|Anastasia|Andre|André|Andrés|Andy|Angel|Angelica|Angelina|Angie|Anil|\
    Anjali|Annie|Antoine|Antonia|Anya|Aparna|Archie|Ariana|Ariel|Arlene|Armando|Arnaud|Arturo|\
    Asif|Astrid|Audrey|Augusto|Aurelio|Ava|Axel|Ayesha|Barry|Beatrice|Becky|Benedict|Benoit|\
    Bernadette|Bernardo|Bernie|Bertrand|Bianca|Billy|Björn|Blake|Bobby|Bonnie|Boyd|Brandon|\
    Brenda|Brendan|Brett|Bridget|Brittany|Brooke|Bryan|Byron|Caleb|Calvin|Camila|Camille|\
    Candace|Carlo|Carly|Carol|Carole|Carrie|Casey|Cassandra|Cecilia|Cedric|Celia|Cesar|César|\
    Chandler|Charlene|Charlize|Cheryl|Chinedu|Chloe|Chloé|Christa|Christiane|Christy|Cindy|\
    Clara|Clarence|Claude|Claudio|Clement|Cliff|Clifford|Clint|Cody|Colleen|Connor|Conor|\
    Constance|Corey|Cory|Courtney|Cristina|Cynthia|Damian|Damien|Damon|Dana|Danielle|Danny|\
    Daphne|Darius|Darren|Darryl|Dave|Davide|Debbie|Declan|Deepak|Delia|Denise|Derek|Desmond|\
    Devin|Dexter|Dianne|Dimitri|Dina|Dirk|Dmitriy|Dolores|Dominic|Dominique|Donna|Dora|Doris|\
    Dorothy|Duncan|Dustin|Dwayne|Dylan|Eddie|Edgar|Edith|Edmund|Edna|Eduard|Edwin|Eileen|Elaine|\
    Eleanor|Eli|Elias|Elijah|Elisa|Elisabeth|Eliza|Ella|Ellie|Elliot|Elliott|Eloise|Elsa|Emil|\
    Emile|Emilia|Emilio|Enrico|Enzo|Erica|Erin|Ernest|Ernesto|Esther|Ethel|Eugene|Evan|Evelyn|\
    Fabian|Fabio|Farah|Farid|Fatma|Federico|Felix|Fernanda|Filip|Florian|Floyd|Frances|\
    Franco|François|Frankie|Franz|Fred|Freddie|Freddy|Frida|Gail|Garry|Genevieve|Geoff|Gerard|\
    Gerardo|Gillian|Gina|Giulia|Giorgio|Gladys|Glenn|Gloria|Godfrey|Greta|Guido|Guillaume|\
    Gunnar|Gwen|Hamid|Hank|Hannah|Harold|Harriet|Harrison|Harvey|Hector|Heidi|Helmut|Herbert|\
    Herman|Hilary|Hubert|Hussain|Ida|Ignacio|Ilya|Ines|Inés|Irene|Irving|Isabelle|Isaiah|Ismail|\
    Jacqueline|Jacques|Jaime|Jamal|Jamie|Jana|Janice|Jasmine|Jay|Jean-Claude|Jean-Luc|\
    Jean-Marie|Jean-Pierre|Jeanne|Jeannette|Jenna|Jenny|Jerry|Jesse|Jessie|Jill|Jo|Joachim|\
    Joanne|Jocelyn|Jody|Joey|Johnny|Jonas|Jordi|Josef|Josephine|Joyce|Judith|Judy|Jules|Juliana|\
    Julien|Juliet|Justine|Kamal|Karin|Karina|Kat|Katarina|Kathleen|Kathryn|Kathy|Katrina|Kayla|\
    Keisha|Kelly|Kelvin|Kendall|Kenny|Kerry|Kieran|Kim|Kris|Kristin|Kristina|Kurt|Kyle|Lana|\
    Larry|Laurence|Laurent|Lawrence|Leah|Leila|Lena|Lenny|Leonard|Leonardo|Leonid|Leroy|Leslie|\
    Lester|Lewis|Liam|Lila|Lillian|Lina|Lionel|Liza|Lois|Lorena|Lorenzo|Loretta|Lori|Lorraine|\
    Luc|Lucia|Luciano|Lucien|Lucille|Ludwig|Luigi|Luisa|Lydia|Lyle|Lynn|Mabel|Maddie|Madeleine|\
    Madeline|Maggie|Malcolm|Mandy|Manfred|Manuel|Manuela|Marc|Marcel|Marcia|Marcelo|Margarita|\
    Margot|Mariana|Marianne|Marilyn|Marion|Marisa|Marjorie|Marlene|Marta|Martha|Marty|Marvin|\
    Massimo|Mateo|Mathieu|Matthias|Maureen|Maurice|Mauricio|Maxime|Maxwell|Maya|Meghan|\
    Melanie|Melinda|Melissa|Melvin|Meredith|Mia|Micah|Michaela|Mick|Mickey|Mila|Mildred|Milton|\
    Mindy|Miranda|Miriam|Misha|Mohammad|Moira|Molly|Monica|Monique|Morris|Moses|Muriel|Murray|\
    Myriam|Nadine|Nasser|Natalie|Nathalie|Nathaniel|Ned|Neville|Nicole|Niels|Nikita|Nikolaus|\
    Nils|Noel|Nora|Norbert|Norma|Olga|Orlando|Otto|Pamela|Pascal|Patrice|Patty|Pauline|\
    Pavel|Peggy|Penelope|Percy|Perry|Phil|Philippa|Phoebe|Phyllis|Pietro|Polly|Prakash|Preston|\
    Quentin|Quinn|Rachael|Raheem|Rainer|Ramón|Randall|Randy|Rashid|Raul|Raúl|Ravi|Reggie|\
    Reginald|Rene|René|Renee|Rhys|Ricardo|Rickey|Ricky|Rita|Roberta|Rodney|Rodrigo|Roland|Rolf|\
    Ronnie|Rory|Rosalind|Rosemary|Roy|Ruben|Rudolf|Rudolph|Rupert|Russell|Sabine|Sabrina|Sadie|\
    Salma|Salvador|Salvatore|Samantha|Sami|Sammy|Santiago|Sasha|Saul|Scarlett|Selena|Serena|\
    Seth|Shane|Shannon|Sharon|Shaun|Shawn|Sheila|Shelby|Shelley|Sherry|Shirley|Sid|Sidney|\
    Sigmund|Silvia|Simone|Sonia|Sonja|Sonya|Spencer|Stacey|Stacy|Stan|Stefanie|Stefano|Stella|\
    Steph|Sunita|Suzanne|Sven|Sylvia|Sylvie|Tamara|Tammy|Tara|Tariq|Tatiana|Terence|Teri|\
    Terrence|Terri|Terry|Thea|Theo|Theodore|Theresa|Thierry|Tiffany|Tina|Toby|Todd|Tomas|Tomás|\
    Toni|Tonya|Travis|Trevor|Tristan|Trudy|Tyler|Tyrone|Valerie|Vera|Veronica|Vicente|Vicki|\
    Vickie|Vikram|Viola|Vivian|Vivienne|Wallace|Walt|Warren|Wayne|Wendell|Wilbur|Wilfred|Willem|\
    Willy|Wilma|Winston|Yasmine|Yolanda|Yvette|Yvonne|Zach|Zachary|Zara|Zelda|\
    Markus|\
    Alasdair|Alastair|Calum|Euan|Fergus|Graeme|Iain|Murdo|Ruaridh|Ailsa|Catriona|Eilidh|Mhairi|\
    Morag|Aled|Bethan|Carwyn|Cerys|Dafydd|Emlyn|Geraint|Gethin|Huw|Hywel|Ieuan|Ifan|Meirion|\
    Owain|Rhodri|Sian|Aoife|Bronagh|Cathal|Ciaran|Clodagh|Colm|Cormac|Darragh|Dermot|Diarmuid|\
    Donal|Eamon|Eamonn|Eoin|Fergal|Fintan|Grainne|Mairead|Malachy|Niall|Niamh|Oisin|Orla|\
    Padraig|Roisin|Ronan|Ruairi|Saoirse|Sinead|Tadhg|Gert|Henk|Jaap|Joop|Kees|Ruud|Wim|Horst|\
    Joschka|Arsene|Sylvain|Andriy|Evgeny|Nikolay|Yevgeny|Yuliya|Cesc|Hernan|Jenson|Ledley|\
    Lleyton|Rubens|Xabi|Chaminda|Inzamam|Javed|Mahela|Muttiah|Sanath|Shoaib|Sourav|Virender|\
    Waqar|Wasim|Younis|Herschelle|Makhaya|Takuma|Will|Gene|Ray|Dean|Grace|Rose|Pat|Guy|Drew|\
    Wade|Lance|Glen|Ross|Sonny|Dick|Holly|Ruby|Sandy";

/// Family names that open East Asian names written family name first
/// ("Kim Tok Hun", "Lam Cheuk-ting", "Xi Jinping").
const EAST_ASIAN_SURNAMES: &str = "\
    Kim|Lee|Ri|Rhee|Yi|Park|Pak|Choi|Choe|Jung|Jong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|\
    Han|Shin|Sin|Seo|So|Kwon|Hwang|Ahn|An|Song|Ryu|Yoo|Hong|Jeon|Chon|Ko|Moon|Mun|Yang|Son|Bae|Baek|\
    Paek|Heo|Hyon|Hyun|Nam|Roh|No|Noh|Ha|Kwak|Sung|Cha|Chu|Ju|Woo|Min|Ra|Na|Jin|Eom|Won|Chae|Pyon|\
    Wang|Li|Zhang|Liu|Chen|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Zheng|Liang|Xie|\
    Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|\
    Ren|Shen|Yao|Cui|Zhong|Tan|Fan|Shi|Liao|Jia|Xia|Fu|Fang|Bai|Zou|Meng|Xiong|Qin|Qiu|Hou|Yin|Xue|\
    Yan|Duan|Lei|Long|Tao|Mao|Hao|Gu|Gong|Shao|Wan|Qian|Kong|Xi|Bo|Wen|Hua|Zhu|Wong|Chan|Cheung|\
    Lau|Leung|Lam|Ho|Ng|Chow|Tsang|Yip|Tse|Fung|Kwok|Mak|Yau|Lo|Tam|Yeung|Siu|Choy|Lai|Law|Kwan|Hui|\
    Tsui|Yuen|Chiu|Poon|Chau|Tong|Ip|Koo|Soong|Chiang|Teo|Goh|Ong|Tay|Koh|Lim|Nguyen|Tran|Pham|Le|\
    Vu|Vo|Dang|Bui|Do|Ngo|Duong|Ly|Rim|Ro|Kye|Thae|Ryom|Yom|Sok|Pyo";

/// Last words of sports clubs' names ("Newcastle United", "Bolton Wanderers").
const CLUB_SUFFIXES: &str = "\
    United|Rovers|Wanderers|Athletic|Athletico|Albion|Hotspur|Villa|Argyle|Rangers|Academical|\
    Dynamo|Orient|Alexandra|Harriers|Calcio|FC|AFC|CF|SC";

/// First words of sports clubs' names ("Stade Francais", "Real Betis",
/// "Sporting Lisbon").
const CLUB_PREFIXES: &str = "\
    Stade|Racing|Real|Sporting|Atletico|Olympique|Dynamo|Dinamo|Spartak|Lokomotiv|Inter";

/// Words that often end company or outlet names ("Applied Materials",
/// "Yorkshire Water", "Truth Social", "BBC Sport"), and a country's name
/// in its own language, which ends a company's national arm ("Tesco
/// Polska", "Siemens Deutschland").
const COMPANY_WORDS: &str = "\
    Research|Materials|Water|Social|Capital|Markets|Sport|Sports|Rugby|Racing|Therapeutics|\
    Bioscience|Biosciences|Semiconductor|Semiconductors|Instruments|Devices|Networks|Solutions|Logistics|\
    Telecom|Mobile|Wireless|Insurance|Financial|Investments|Management|Properties|Hotels|\
    Resorts|Lines|Automotive|Steel|Chemicals|Foods|Brands|Stores|Pictures|Petroleum|Mining|Resources|\
    Power|Gas|Oil|Rail|Railways|Buses|Letters|Publishing|Health|Care|Digital|Interactive|\
    Analytics|Aerospace|Defence|Defense|Pharma|Motors|Bancorp|Bancshares|Realty|Developments|\
    Homes|Outfitters|Apparel|Beverages|Dynamics|Photonics|Genomics|Robotics|Partners|Computer|\
    Computers|Software|Systems|Technologies|Airlines|Airways|Air|Tobacco|Pharmacy|Pharmacies|Workshop|\
    Polska|Deutschland|España|Italia|Nederland|Sverige|Norge|Danmark|Suomi|Schweiz|Suisse|\
    Österreich|Brasil|Magyarország|România|Hellas|Česko";

/// A trade named by its work, the last word of a firm's name after "and"
/// ("Shell Transport and Trading", "Hongkong and Shanghai Banking").
const TRADE_GERUNDS: &str = "\
    Trading|Shipping|Banking|Engineering|Manufacturing|Publishing|Mining|Printing|Broadcasting|\
    Marketing|Consulting|Catering|Refining|Packaging|Brewing|Distilling|Retailing|Leasing";

/// First words that make a multiword name an organisation whatever follows
/// ("University College London", "Royal Mail").
const ORG_HEADS: &str = "\
    University|College|Institute|Bank|Royal|Federal|National|Ministry|Department|Banco|Banca|\
    Deutsche|Credit|Crédit|Société|Societe|Air|Radio|Agence|Agencia|Agenzia|Banque|Compagnie|\
    Grupo|Gruppo|Groupe|Sociedad|Instituto|Istituto|Institut|Partido|Parti|Partito|Universidad|\
    Università|Université|Universität|Universidade|Group";

/// First words that make a name a place or site ("Court Philippe Chatrier",
/// "Mount Everest", "Lake Geneva").
const PLACE_HEADS: &str = "\
    Mount|Mt|Mt.|Lake|Cape|Fort|Port|Camp|Court|Stade|Estadio|Stadio|Piazza|Plaza|Rue|Via|Isla|\
    Isle|Glen|Loch|Sainte|San|Santa|São|Sao|Los|Las|Puerto|Rio|County|Theatre|Theater";

/// Party names used bare, and their canonical party name.
const PARTIES: &str = "\
    Labour=Labour Party|Labour Party=Labour Party|Conservatives=Conservative Party|\
    Conservative=Conservative Party|Conservative Party=Conservative Party|\
    Tories=Conservative Party|Tory=Conservative Party|Liberal Democrats=Liberal Democrats|\
    Liberal Democrat=Liberal Democrats|\
    Lib Dems=Liberal Democrats|Lib Dem=Liberal Democrats|Greens=Green Party|\
    Democrats=Democratic Party|Democrat=Democratic Party|Democratic=Democratic Party|Republicans=Republican Party|\
    Republican=Republican Party|GOP=Republican Party|SNP=Scottish National Party";

/// Institutions named by one generic word ("the Treasury", "the Senate").
const INSTITUTIONS: &str = "\
    Treasury|Parliament|Senate|Congress|Commons|Lords|Cabinet|Army|Navy|Government|Judiciary|\
    Bundestag|Duma|Knesset|Politburo|Assembly|Fed|Commission|Council|Police|House";

/// Place kind words that are common surnames too: "Robert Plant", "Shirley
/// Temple", "Nathan Lane".
const SURNAME_KIND_WORDS: &str = "\
    Castle|Tower|Towers|Park|Field|Fields|Lake|Bay|Street|Bridge|Port|Beach|Temple|Grove|Lane|\
    Plant|Camp|Hills|Hall|Church";

word_set!(
    /// A common given name chosen by hand (or a two-word given name such as "Kim Jong").
    is_common_given_name, GIVEN_NAMES);

/// A given name: the hand-chosen list above, one of the first names of
/// `data/given-names.txt` (see `data/given-names.README`), or two of them
/// joined by a hyphen ("Marie-Claire", "Karl-Heinz"), as French and German
/// double given names are written.
pub(crate) fn is_given_name(word: &str) -> bool {
    is_single_given_name(word)
        || word.split_once('-').is_some_and(|(first, second)| {
            is_single_given_name(first) && is_single_given_name(second)
        })
}

fn is_single_given_name(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    is_common_given_name(word)
        || S.get_or_init(|| include_str!("data/given-names.txt").lines().collect())
            .contains(word)
}
word_set!(
    /// A family name that opens East Asian names.
    is_east_asian_surname, EAST_ASIAN_SURNAMES);
word_set!(
    /// Last word of a sports club's name.
    is_club_suffix, CLUB_SUFFIXES);
word_set!(
    /// First word of a sports club's name.
    is_club_prefix, CLUB_PREFIXES);
word_set!(
    /// Last word typical of a company's or outlet's name.
    is_company_word, COMPANY_WORDS);
word_set!(
    /// A trade named by its work, ending a firm's name after "and".
    is_trade_gerund, TRADE_GERUNDS);
/// A town's kind word after its name that names its club as often as the
/// town ("Manchester City", "Luton Town", "Derby County").
pub(crate) fn is_town_club_word(word: &str) -> bool {
    matches!(word, "City" | "Town" | "County")
}

word_set!(
    /// First word that makes a name an organisation.
    is_org_head, ORG_HEADS);
word_set!(
    /// First word that makes a name a place.
    is_place_head, PLACE_HEADS);
word_set!(
    /// An institution named by one generic word.
    is_institution, INSTITUTIONS);

/// Canonical party name for a bare party word ("Labour" → "Labour Party").
pub(crate) fn party(name: &str) -> Option<&'static str> {
    static M: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        PARTIES
            .split('|')
            .filter_map(|pair| pair.trim().split_once('='))
            .collect()
    })
    .get(name)
    .copied()
}

/// One of the common US surnames of `data/surnames.txt` (see
/// `data/surnames.README`): "Marx", "Romney", "Monti".
pub(crate) fn is_surname(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| include_str!("data/surnames.txt").lines().collect())
        .contains(word)
}

/// A family name by its ending, as Slavic, Georgian and Balkan surnames are
/// formed: "Gorbachev", "Kasparov", "Tymoshenko", "Saakashvili",
/// "Milosevic", "Brudzinski". Only the men's endings: the women's "-ova",
/// "-ska" end places too ("Moldova", "Alaska"). Place names with these
/// endings ("Kiev", "Rostov") are in the place list, which is asked first.
pub(crate) fn has_surname_ending(word: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "ov", "ev", "vich", "sky", "ski", "skiy", "enko", "chuk", "shvili", "dze", "ovic", "evic",
    ];
    let mut letters = word.chars();
    word.len() >= 6
        && letters.next().is_some_and(|c| c.is_ascii_uppercase())
        && letters.all(|c| c.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A common surname that is an ordinary English word too ("Woods", "Ford",
/// "Baker"): only a name's shape can say which it is.
pub(crate) fn is_word_surname(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| include_str!("data/word-surnames.txt").lines().collect())
        .contains(word)
}

/// "Doris Day", "Jim Press", "Monty Hall": a given name, no English word or
/// place (and perhaps a middle name), then a kind word that is also a
/// common surname is a person's name, not a holiday's, an outlet's or a
/// building's ("Victoria Day" and "Grace Church" stay what they are).
pub(crate) fn is_given_name_surname(words: &[&str]) -> bool {
    let middle_name = |w: &[&str]| {
        w.iter()
            .all(|m| !super::lexicon::is_english_word(m) && !super::places::is_place(m))
    };
    matches!(words, [given, middle @ .., "Day" | "Press" | "Hall" | "Church"]
        // "Thomas Haden Church".
        if middle.len() <= 1 && is_plain_given_name(given) && middle_name(middle))
}

/// "Robert Plant", "Michael Bay", "Mark Fields": a given name (an English
/// word too or not, no place), then a kind word that is as often a surname
/// as a place's last word ("Stanley Park", "Mark Lane"). Its kind word
/// alone cannot say which: the words around the name must.
pub(crate) fn is_given_name_surname_or_place(words: &[&str]) -> bool {
    matches!(words, [given, last] if is_given_name(given)
        && !super::places::is_place(given)
        && is_surname_kind_word(last))
}

/// A title that places are named after its bearer with: "Queen Elizabeth
/// Park", "King Fahd Mosque", "Saint Brigid Street" (not "Sir" or
/// "Senator").
pub(crate) fn is_eponym_title(word: &str) -> bool {
    matches!(
        word,
        "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Emperor"
            | "Empress"
            | "Sultan"
            | "Emir"
            | "Sheikh"
            | "Pope"
            | "Saint"
            | "St"
            | "St."
    )
}

/// A crown's or a peer's word that titles a person ("Lord Coe", "Queen
/// Elizabeth") and, before "of the", leads a work's or a club's name ("Lord
/// of the Rings", "Queen of the South").
pub(crate) fn is_crown_word(word: &str) -> bool {
    matches!(word, "Lord" | "Lady" | "King" | "Queen")
}

/// A title held "of" a place, the style a person goes by: "Prince of
/// Wales", "Duke of Sussex", "Archbishop of Canterbury".
pub(crate) fn is_style_title(word: &str) -> bool {
    matches!(
        word,
        "Prince"
            | "Princess"
            | "Duke"
            | "Duchess"
            | "Earl"
            | "Countess"
            | "Marquess"
            | "Marchioness"
            | "Viscount"
            | "Viscountess"
            | "Archbishop"
            | "Bishop"
    )
}

/// A style: such a title, "of", and a place's capitalised words, no kind
/// word at the end ("Princess of Asturias Award" is a prize); or one name
/// and an epithet ("Alexander the Great").
pub(crate) fn is_style(words: &[&str]) -> bool {
    match words {
        [name, "the", epithet] => name.starts_with(char::is_uppercase) && is_epithet(epithet),
        [title, "of", rest @ ..] if !rest.is_empty() && rest.len() <= 3 => {
            is_style_title(title)
                && rest.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && !super::lexicon::is_kind_suffix(w)
                })
        }
        _ => false,
    }
}

/// An epithet after a ruler's or a writer's one name and "the".
pub(super) fn is_epithet(word: &str) -> bool {
    matches!(
        word,
        "Great" | "Elder" | "Younger" | "Conqueror" | "Terrible" | "Magnificent" | "Confessor"
    )
}

/// A given name that is no English word and no place: "Darrell", not
/// "Grace" or "Victoria".
fn is_plain_given_name(word: &str) -> bool {
    is_given_name(word) && !super::lexicon::is_english_word(word) && !super::places::is_place(word)
}

word_set!(
    /// A place's kind word that is also a common surname.
    is_surname_kind_word, SURNAME_KIND_WORDS);

/// Are `words` a person's name in form: every word passes `name_word`, or
/// is a particle inside the name ("Hamza bin Laden", "Ruud van Nistelrooy")?
pub(crate) fn is_personal_form(words: &[&str], name_word: impl Fn(&str) -> bool) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        name_word(w) || (k > 0 && k + 1 < words.len() && super::lexicon::is_particle(w))
    })
}

/// Does the (multiword) name open with a given name?
pub(crate) fn starts_with_given_name(name: &str) -> bool {
    let mut spaces = name.match_indices(' ').map(|(i, _)| i);
    let first = spaces.next().and_then(|i| name.get(..i)).unwrap_or(name);
    // The first two words, borrowed: "Mary Ann".
    let two = spaces.next().and_then(|i| name.get(..i)).unwrap_or(name);
    is_given_name(first) || (two.len() > first.len() && is_given_name(two))
}

/// "Kim Tok Hun", "Wong Kwok-hing", "Xi Jinping": an East Asian family name
/// then one or two short given-name words (syllables, or two joined by a
/// hyphen), no word a place.
pub(crate) fn is_east_asian_name(words: &[&str]) -> bool {
    let short = |w: &str| {
        w.split(HYPHENS).all(|part| {
            let n = part.chars().count();
            (1..=8).contains(&n)
                && part.chars().next().is_some_and(char::is_alphabetic)
                && part.chars().skip(1).all(char::is_lowercase)
        })
    };
    match words {
        [family, given @ ..] if (1..=2).contains(&given.len()) => {
            is_east_asian_surname(family)
                && given.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && short(w)
                        && !super::places::is_place(w)
                        && !super::lexicon::is_kind_suffix(w)
                        && !super::lexicon::is_generic(w)
                })
        }
        _ => false,
    }
}

/// "NatWest", "OpenAI", "SoftBank": a capital after a lower-case letter
/// inside the word, not after a surname prefix ("McConnell", "DeVos").
pub(crate) fn is_camel_case(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let mut chars = word.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if let Some(&(at, next)) = chars.peek() {
            if c.is_lowercase() && next.is_uppercase() {
                return !matches!(
                    word.get(..at),
                    Some(
                        "Mc" | "Mac"
                            | "De"
                            | "Di"
                            | "Da"
                            | "La"
                            | "Le"
                            | "Van"
                            | "Von"
                            | "Du"
                            | "Fitz"
                    )
                );
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_and_camel_case() {
        assert!(starts_with_given_name("Andrew Bailey"));
        assert!(starts_with_given_name("Kim Jong Un"));
        assert!(!starts_with_given_name("Goldman Sachs"));
        assert!(!starts_with_given_name("Morgan Stanley"));
        assert!(is_camel_case("NatWest") && is_camel_case("OpenAI"));
        assert!(!is_camel_case("McConnell") && !is_camel_case("DeVos"));
        assert!(!is_camel_case("Nvidia") && !is_camel_case("HSBC"));
        assert_eq!(party("Labour"), Some("Labour Party"));
        assert_eq!(party("Tories"), Some("Conservative Party"));
    }
}
