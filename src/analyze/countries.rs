//! Which place names are countries: relations are drawn between countries by
//! default (see [`crate::config::RelationScope`]).

use std::collections::HashSet;
use std::sync::OnceLock;

/// Sovereign states and the usual short and official forms of their names,
/// lower case. Territories with their own foreign relations (Taiwan, Hong
/// Kong) and the historical Soviet Union are included: news pairs them with
/// states.
const COUNTRIES: &str = "\
    afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|\
    austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|\
    bolivia|bosnia and herzegovina|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|\
    cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|\
    comoros|congo|democratic republic of the congo|costa rica|croatia|cuba|cyprus|czech republic|\
    czechia|denmark|djibouti|dominica|dominican republic|east timor|timor-leste|ecuador|egypt|\
    el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|\
    gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|\
    honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|\
    côte d'ivoire|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|\
    latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|\
    malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|\
    moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|\
    netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|\
    pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|\
    qatar|romania|russia|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|\
    seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|\
    south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|\
    tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye|\
    turkmenistan|tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|\
    uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|\
    dprk|democratic people's republic of korea|rok|republic of korea|prc|\
    people's republic of china|russian federation|us|u.s.|u.s|usa|u.s.a.|america|\
    united states of america|uk|u.k.|britain|great britain|uae|hong kong|soviet union|ussr";

/// Is `name` (any capitalisation) a country's name?
pub(super) fn is_country(name: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        COUNTRIES
            .split('|')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect()
    });
    let lower = name.trim().replace('’', "'").to_lowercase();
    set.contains(lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_country;

    #[test]
    fn countries_and_short_forms() {
        for name in [
            "Russia",
            "North Korea",
            "DPRK",
            "U.S.",
            "China",
            "Côte d’Ivoire",
        ] {
            assert!(is_country(name), "{name}");
        }
        for name in ["Pyongyang", "Alaska", "Kursk", "Asia", "AFP"] {
            assert!(!is_country(name), "{name}");
        }
    }
}
