/**
 * Sequence words as data (issue 12): one table per concept, one row per language of
 * LABELING.md's S2 table. A word in these tables, followed by a number, names one step of a
 * delivery sequence (`Phase 3`, `Sprint 2`, `Etapa 4`, `Этап 1`). The CJK forms that put the
 * number first or wrap it (`2026년 1분기`, `2026年第1四半期`, `第一季度`, `1단계`, `第3周`) are
 * tables of suffixes and prefixes, compiled into the regexes of `unit-label.ts`.
 */

// LABELING.md's S2 languages, then Ukrainian and Turkish, then further languages roadmaps are written in.
export const SEQUENCE_LANGUAGES = ["en", "pt", "es", "fr", "de", "it", "nl", "sv", "ru", "pl", "zh", "ja", "ko", "vi", "uk", "tr", "id", "cs", "fi", "el", "hu", "ro", "da", "no", "ar", "he", "hi", "th", "fa"] as const;
export type SequenceLanguage = (typeof SEQUENCE_LANGUAGES)[number];

export const SEQUENCE_CONCEPTS = ["phase", "milestone", "release", "sprint", "week", "month", "quarter", "other"] as const;
export type SequenceConcept = (typeof SEQUENCE_CONCEPTS)[number];

type Table = Readonly<Partial<Record<SequenceLanguage, readonly string[]>>>;

/** Words written before a number (`Phase 3`, `Fase 2`, `Étape 1`), by concept and language. */
export const UNIT_WORDS: Readonly<Record<SequenceConcept, Table>> = {
  phase: {
    en: ["phase", "stage", "step"],
    pt: ["fase", "etapa", "passo"],
    es: ["fase", "etapa", "paso"],
    fr: ["phase", "étape", "etape", "palier"],
    de: ["phase", "stufe", "schritt", "etappe"],
    it: ["fase", "tappa", "passo"],
    nl: ["fase", "stap"],
    sv: ["fas", "fasen", "steg", "steget", "etapp", "etappen"],
    ru: ["этап", "фаза", "шаг", "стадия"],
    pl: ["faza", "etap", "krok"],
    vi: ["giai đoạn", "bước"],
    uk: ["етап", "фаза", "крок"],
    tr: ["aşama", "faz", "adım"],
    id: ["tahap", "tahapan", "fase", "langkah"],
    cs: ["fáze", "etapa", "krok"],
    fi: ["vaihe"],
    el: ["φάση", "στάδιο", "βήμα"],
    hu: ["fázis", "szakasz", "lépés"],
    ro: ["faza", "fază", "etapa", "etapă", "pasul"],
    da: ["fase", "fasen", "trin"],
    no: ["fase", "fasen", "steg", "trinn"],
    ar: ["المرحلة", "مرحلة", "الخطوة"],
    he: ["שלב"],
    hi: ["चरण", "फेज़", "फेज"],
    th: ["ระยะที่", "ระยะ", "ขั้นตอนที่", "เฟส"],
    fa: ["فاز", "مرحله", "گام"],
  },
  milestone: {
    en: ["milestone"],
    pt: ["marco"],
    es: ["hito"],
    fr: ["jalon"],
    de: ["meilenstein"],
    it: ["traguardo"],
    nl: ["mijlpaal"],
    sv: ["milstolpe", "milstolpen"],
    ru: ["веха"],
    pl: ["kamień milowy"],
    vi: ["cột mốc"],
    uk: ["віха"],
    tr: ["kilometre taşı"],
    id: ["tonggak"],
    cs: ["milník"],
    fi: ["virstanpylväs"],
    el: ["ορόσημο"],
    hu: ["mérföldkő"],
    ro: ["reper"],
    da: ["milepæl"],
    no: ["milepæl"],
    ar: ["معلم"],
    he: ["אבן דרך"],
    hi: ["माइलस्टोन"],
    th: ["ไมล์สโตน", "หมุดหมาย"],
    fa: ["مایلستون", "نقطه عطف"],
  },
  release: {
    en: ["release", "version"],
    pt: ["versão", "versao", "entrega", "lançamento"],
    es: ["versión", "entrega", "lanzamiento"],
    fr: ["version", "livraison", "lot"],
    de: ["version", "release"],
    it: ["versione", "rilascio"],
    nl: ["versie", "release"],
    sv: ["version", "release"],
    ru: ["релиз", "версия"],
    pl: ["wersja", "wydanie"],
    vi: ["phiên bản"],
    uk: ["реліз", "версія"],
    tr: ["sürüm"],
    id: ["rilis", "versi"],
    cs: ["verze", "vydání"],
    fi: ["versio", "julkaisu"],
    el: ["έκδοση"],
    hu: ["verzió", "kiadás"],
    ro: ["versiunea", "versiune", "lansarea"],
    da: ["version", "udgivelse"],
    no: ["versjon", "utgivelse"],
    ar: ["الإصدار", "إصدار", "النسخة"],
    he: ["גרסה", "גרסת"],
    hi: ["संस्करण", "रिलीज़"],
    th: ["เวอร์ชัน", "รุ่น"],
    fa: ["نسخه", "انتشار"],
  },
  sprint: {
    en: ["sprint", "iteration", "cycle", "increment", "wave", "round"],
    es: ["sprint", "iteración", "ciclo"],
    pt: ["sprint", "iteração", "ciclo"],
    fr: ["sprint", "itération", "cycle", "vague"],
    de: ["sprint", "iteration", "zyklus", "welle"],
    it: ["sprint", "iterazione", "ciclo"],
    nl: ["sprint", "iteratie"],
    sv: ["sprint", "iteration"],
    ru: ["спринт", "итерация"],
    pl: ["sprint", "iteracja"],
    vi: ["sprint", "vòng lặp", "đợt"],
    uk: ["спринт", "ітерація"],
    tr: ["sprint", "iterasyon", "döngü"],
    id: ["sprint", "iterasi"],
    cs: ["sprint", "iterace"],
    fi: ["sprintti", "iteraatio"],
    el: ["σπριντ", "επανάληψη"],
    hu: ["sprint", "iteráció"],
    ro: ["sprint", "iterația", "iterație"],
    da: ["sprint", "iteration"],
    no: ["sprint", "iterasjon"],
    ar: ["سبرينت", "التكرار"],
    he: ["ספרינט", "איטרציה"],
    hi: ["स्प्रिंट"],
    th: ["สปรินต์"],
    fa: ["اسپرینت"],
  },
  week: {
    en: ["week", "day"],
    pt: ["semana", "dia"],
    es: ["semana", "día"],
    fr: ["semaine", "jour"],
    de: ["woche", "tag"],
    it: ["settimana", "giorno"],
    nl: ["week", "dag"],
    sv: ["vecka", "dag"],
    ru: ["неделя", "день"],
    pl: ["tydzień", "dzień"],
    vi: ["tuần", "ngày"],
    uk: ["тиждень", "день"],
    tr: ["hafta", "gün"],
    id: ["minggu", "hari"],
    cs: ["týden", "den"],
    fi: ["viikko", "päivä"],
    el: ["εβδομάδα", "ημέρα"],
    hu: ["hét", "nap"],
    ro: ["săptămâna", "săptămână", "ziua"],
    da: ["uge", "dag"],
    no: ["uke", "dag"],
    ar: ["الأسبوع", "أسبوع", "اليوم"],
    he: ["שבוע", "יום"],
    hi: ["सप्ताह", "हफ़्ता", "दिन"],
    th: ["สัปดาห์ที่", "สัปดาห์", "วันที่"],
    fa: ["هفته", "روز"],
  },
  month: {
    en: ["month"],
    pt: ["mês", "mes"],
    es: ["mes"],
    fr: ["mois"],
    de: ["monat"],
    it: ["mese"],
    nl: ["maand"],
    sv: ["månad"],
    ru: ["месяц"],
    pl: ["miesiąc"],
    vi: ["tháng"],
    uk: ["місяць"],
    tr: ["ay"],
    id: ["bulan"],
    cs: ["měsíc"],
    fi: ["kuukausi"],
    el: ["μήνας"],
    hu: ["hónap"],
    ro: ["luna"],
    da: ["måned"],
    no: ["måned"],
    ar: ["الشهر", "شهر"],
    he: ["חודש"],
    hi: ["महीना"],
    th: ["เดือนที่", "เดือน"],
    fa: ["ماه"],
  },
  quarter: {
    en: ["quarter"],
    pt: ["trimestre"],
    es: ["trimestre"],
    fr: ["trimestre"],
    de: ["quartal"],
    it: ["trimestre"],
    nl: ["kwartaal"],
    sv: ["kvartal"],
    ru: ["квартал"],
    pl: ["kwartał"],
    vi: ["quý"],
    uk: ["квартал"],
    tr: ["çeyrek"],
    id: ["kuartal"],
    cs: ["čtvrtletí"],
    fi: ["neljännes", "kvartaali"],
    el: ["τρίμηνο"],
    hu: ["negyedév"],
    ro: ["trimestrul"],
    da: ["kvartal"],
    no: ["kvartal"],
    ar: ["الربع"],
    he: ["רבעון"],
    hi: ["तिमाही"],
    th: ["ไตรมาส"],
    fa: ["سه‌ماهه"],
  },
  other: {
    en: ["part", "act", "slice", "epic", "tier", "item", "level", "track", "priority"],
    pt: ["prioridade"],
    es: ["prioridad"],
    fr: ["priorité"],
    de: ["priorität"],
    ru: ["часть", "приоритет"],
  },
};

/** Month names (followed by a year: `March 2026`, `marzo 2026`, `март 2026`). */
export const MONTH_NAMES: Table = {
  en: ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  pl: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
  uk: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  tr: ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
  id: ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
  cs: ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
  fi: ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
  el: ["ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  ro: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  // Vietnamese months are numbered (`Tháng 3`): the month word of UNIT_WORDS; CJK months are
  // CJK_MONTH; Arabic, Hebrew, Hindi, Thai and Persian roadmaps name months in other calendars or by number.
};

/**
 * CJK sequence forms. `before` words take the number after them (`阶段 3`, `スプリント2`);
 * `counters` follow the number (`1단계`, `2段階`, `3期`); `ordinal` counters follow `第N`
 * (`第3阶段`, `第2周`). Quarter, month and week forms carry their own concept.
 */
export const CJK_FORMS: Readonly<Record<"zh" | "ja" | "ko", { readonly before: readonly string[]; readonly counters: readonly string[]; readonly ordinal: readonly string[] }>> = {
  zh: { before: ["阶段", "階段", "里程碑", "迭代", "冲刺", "版本"], counters: ["阶段", "階段", "期"], ordinal: ["阶段", "階段", "期", "周", "步", "个里程碑", "里程碑", "版", "轮", "部分", "季度", "个月", "月"] },
  ja: { before: ["フェーズ", "段階", "ステップ", "マイルストーン", "スプリント", "トラック"], counters: ["段階", "期"], ordinal: ["フェーズ", "段階", "週", "四半期", "期"] },
  ko: { before: ["단계", "마일스톤", "페이즈", "스프린트", "트랙"], counters: ["단계", "차", "주차"], ordinal: ["단계", "주"] },
};

/** Quarter counters after a number, with an optional year before (`2026년 1분기`, `2026年第1四半期`, `第一季度`). */
export const CJK_QUARTER = ["분기", "四半期", "季度", "季"] as const;
/** Year and month markers (`2026年3月`, `2026년 3월`). */
export const CJK_YEAR = ["년", "年"] as const;

export const CJK_MONTH = ["월", "月"] as const;

/** The word for priority in each language, which every tier of `PRIORITY_TIERS` holds: texts without one are never tried as tiers. */
export const PRIORITY_WORDS: Table = {
  en: ["priority"], pt: ["prioridade"], es: ["prioridad"], fr: ["priorité"], de: ["priorität"], it: ["priorità"],
  nl: ["prioriteit"], sv: ["prioritet"], ru: ["приоритет"], pl: ["priorytet"], zh: ["优先", "優先"], ja: ["優先"],
  ko: ["우선"], vi: ["ưu tiên"], uk: ["пріоритет"], tr: ["öncelik"], id: ["prioritas"], cs: ["priorita"],
  fi: ["prioriteetti"], el: ["προτεραιότητα"], hu: ["prioritás"], ro: ["prioritate"], da: ["prioritet"],
  no: ["prioritet"], ar: ["أولوية"], he: ["עדיפות"], hi: ["प्राथमिकता"], th: ["ความสำคัญ"], fa: ["اولویت"],
};

/**
 * Priority tiers (LABELING L1: "priority tiers used as an ordered sequence"), by language: a
 * heading that is only a tier (`## High Priority`, `## Prioridad media`), or a name with its tier
 * in brackets (`## Критичные задачи (высокий приоритет)`), is one step of a tier sequence, read
 * as horizons are (`P0`, `P1` are strong labels of their own).
 */
export const PRIORITY_TIERS: Table = {
  en: ["critical priority", "highest priority", "high priority", "high-priority", "medium priority", "medium-priority", "normal priority", "low priority", "low-priority", "lower priority", "lowest priority", "priority: high", "priority: medium", "priority: low"],
  pt: ["prioridade crítica", "prioridade alta", "alta prioridade", "prioridade média", "média prioridade", "prioridade baixa", "baixa prioridade"],
  es: ["prioridad crítica", "prioridad alta", "alta prioridad", "prioridad media", "media prioridad", "prioridad baja", "baja prioridad"],
  fr: ["priorité critique", "priorité haute", "haute priorité", "priorité élevée", "priorité moyenne", "priorité basse", "basse priorité", "priorité faible"],
  de: ["kritische priorität", "hohe priorität", "priorität hoch", "mittlere priorität", "priorität mittel", "niedrige priorität", "priorität niedrig"],
  it: ["priorità critica", "priorità alta", "alta priorità", "priorità media", "media priorità", "priorità bassa", "bassa priorità"],
  nl: ["kritieke prioriteit", "hoge prioriteit", "gemiddelde prioriteit", "normale prioriteit", "lage prioriteit"],
  sv: ["kritisk prioritet", "hög prioritet", "medelhög prioritet", "medel prioritet", "låg prioritet"],
  ru: ["критический приоритет", "высокий приоритет", "средний приоритет", "низкий приоритет", "приоритет: высокий", "приоритет: средний", "приоритет: низкий"],
  pl: ["krytyczny priorytet", "wysoki priorytet", "średni priorytet", "niski priorytet"],
  zh: ["最高优先级", "高优先级", "中优先级", "低优先级", "最高優先級", "高優先級", "中優先級", "低優先級", "优先级：高", "优先级：中", "优先级：低", "优先级高", "优先级中", "优先级低"],
  ja: ["最優先", "優先度高", "優先度中", "優先度低", "高優先度", "中優先度", "低優先度", "優先度：高", "優先度：中", "優先度：低"],
  ko: ["최우선", "높은 우선순위", "중간 우선순위", "낮은 우선순위", "우선순위 높음", "우선순위 중간", "우선순위 낮음"],
  vi: ["ưu tiên cao", "ưu tiên trung bình", "ưu tiên thấp"],
  uk: ["критичний пріоритет", "високий пріоритет", "середній пріоритет", "низький пріоритет"],
  tr: ["kritik öncelik", "yüksek öncelik", "orta öncelik", "düşük öncelik"],
  id: ["prioritas kritis", "prioritas tinggi", "prioritas sedang", "prioritas rendah"],
  cs: ["kritická priorita", "vysoká priorita", "střední priorita", "nízká priorita"],
  fi: ["kriittinen prioriteetti", "korkea prioriteetti", "keskitason prioriteetti", "matala prioriteetti"],
  el: ["υψηλή προτεραιότητα", "μεσαία προτεραιότητα", "χαμηλή προτεραιότητα"],
  hu: ["kritikus prioritás", "magas prioritás", "közepes prioritás", "alacsony prioritás"],
  ro: ["prioritate critică", "prioritate ridicată", "prioritate înaltă", "prioritate medie", "prioritate scăzută"],
  da: ["kritisk prioritet", "høj prioritet", "mellem prioritet", "lav prioritet"],
  no: ["kritisk prioritet", "høy prioritet", "middels prioritet", "lav prioritet"],
  ar: ["أولوية حرجة", "أولوية عالية", "أولوية متوسطة", "أولوية منخفضة"],
  he: ["עדיפות קריטית", "עדיפות גבוהה", "עדיפות בינונית", "עדיפות נמוכה"],
  hi: ["उच्च प्राथमिकता", "मध्यम प्राथमिकता", "निम्न प्राथमिकता", "कम प्राथमिकता"],
  th: ["ความสำคัญสูง", "ความสำคัญปานกลาง", "ความสำคัญต่ำ"],
  fa: ["اولویت بحرانی", "اولویت بالا", "اولویت متوسط", "اولویت پایین"],
};

/**
 * Horizons (LABELING L1: Now/Next/Later, Short/Medium/Long term) by the status they state,
 * by language. A heading that is (almost) only one of these is a horizon unit.
 */
export const HORIZON_WORDS: Readonly<Record<"now" | "next" | "later", Table>> = {
  now: {
    en: ["now", "right now", "today", "current", "currently", "this week", "this month", "this quarter", "this release", "current focus", "immediate", "immediately"],
    pt: ["agora", "atual", "imediato"],
    es: ["ahora", "actual", "inmediato"],
    fr: ["maintenant", "actuel", "en ce moment", "immédiat", "immédiatement"],
    de: ["jetzt", "aktuell", "sofort"],
    it: ["ora", "adesso", "attuale"],
    nl: ["nu", "huidig"],
    sv: ["nu", "aktuellt"],
    ru: ["сейчас", "текущее"],
    pl: ["teraz", "obecnie"],
    zh: ["当前", "當前", "目前", "現在", "现在", "本季度", "本季"],
    ja: ["現在", "今", "現在の重点"],
    ko: ["현재", "지금"],
    vi: ["hiện tại"],
    uk: ["зараз", "поточне"],
    tr: ["şimdi", "şu an"],
    id: ["sekarang", "saat ini"],
    cs: ["nyní", "teď", "aktuálně"],
    fi: ["nyt", "nykyinen"],
    el: ["τώρα", "τρέχον"],
    hu: ["jelenleg"],
    ro: ["acum", "în prezent"],
    da: ["nu", "aktuelt"],
    no: ["nå", "nåværende"],
    ar: ["الآن", "حاليا", "حالياً"],
    he: ["עכשיו", "כעת"],
    hi: ["अभी", "वर्तमान"],
    th: ["ตอนนี้", "ปัจจุบัน"],
    fa: ["اکنون", "هم‌اکنون", "فعلی"],
  },
  next: {
    en: ["next", "soon", "near term", "near-term", "short term", "short-term", "upcoming", "coming soon", "up next", "next up", "coming next", "near future", "being considered"],
    pt: ["próximo", "próximos", "próxima", "próximas", "em breve", "curto prazo", "seguinte", "a seguir", "em seguida"],
    es: ["próximo", "próximos", "próxima", "próximas", "próximamente", "corto plazo", "siguiente", "siguientes", "a continuación", "pronto"],
    fr: ["prochainement", "prochain", "prochaine", "prochaines", "bientôt", "court terme", "la suite", "ensuite"],
    de: ["als nächstes", "nächste", "nächsten", "demnächst", "kurzfristig", "kurzfristige", "bald"],
    it: ["prossimo", "prossima", "prossimi", "prossime", "breve termine", "a breve", "successivo", "successivi"],
    nl: ["binnenkort", "volgende", "korte termijn", "hierna"],
    sv: ["nästa", "kommande", "snart", "kort sikt"],
    ru: ["далее", "скоро", "краткосрочно", "краткосрочные", "краткосрочная перспектива", "следующий", "следующие", "дальше"],
    pl: ["wkrótce", "następnie", "krótkoterminowo", "krótkoterminowe", "następny", "następne", "dalej"],
    zh: ["短期", "近期", "下一步", "即将到来", "即將到來", "接下来", "接下來", "即将", "即將"],
    ja: ["近い将来", "次", "短期", "今後", "次に", "次のステップ"],
    ko: ["다음", "단기", "곧"],
    vi: ["tiếp theo", "ngắn hạn", "sắp tới"],
    uk: ["далі", "незабаром", "найближчим часом", "короткострокові", "наступне", "наступні"],
    tr: ["sonraki", "yakında", "kısa vadeli", "kısa vade"],
    id: ["berikutnya", "selanjutnya", "jangka pendek", "segera"],
    cs: ["další", "brzy", "krátkodobě", "krátkodobé"],
    fi: ["seuraavaksi", "seuraava", "lyhyellä aikavälillä"],
    el: ["επόμενο", "επόμενα", "σύντομα", "βραχυπρόθεσμα"],
    hu: ["következő", "hamarosan", "rövid távon", "rövid táv"],
    ro: ["următorul", "următoarea", "următoarele", "în curând", "termen scurt"],
    da: ["næste", "snart", "kort sigt"],
    no: ["neste", "snart", "kort sikt"],
    ar: ["التالي", "قريبا", "قريباً", "المدى القصير"],
    he: ["הבא", "בקרוב", "טווח קצר"],
    hi: ["अगला", "जल्द", "अल्पकालिक"],
    th: ["ถัดไป", "ระยะสั้น"],
    fa: ["بعدی", "به‌زودی", "کوتاه‌مدت"],
  },
  later: {
    en: ["later", "future", "someday", "mid term", "mid-term", "medium term", "medium-term", "long term", "long-term", "eventually", "beyond", "long run", "further out", "farther out", "longer term", "longer-term", "far future", "distant future"],
    pt: ["depois", "futuro", "médio prazo", "longo prazo", "mais tarde", "mais adiante", "futuramente"],
    es: ["después", "futuro", "medio plazo", "mediano plazo", "largo plazo", "más adelante", "más tarde", "a futuro"],
    fr: ["plus tard", "futur", "moyen terme", "long terme", "ultérieurement", "plus loin"],
    de: ["später", "zukunft", "mittelfristig", "mittelfristige", "langfristig", "langfristige", "zukünftig", "irgendwann"],
    it: ["più avanti", "futuro", "medio termine", "lungo termine", "in futuro", "dopo"],
    nl: ["later", "toekomst", "middellange termijn", "lange termijn"],
    sv: ["senare", "framtid", "medellång sikt", "lång sikt"],
    ru: ["позже", "будущее", "среднесрочно", "среднесрочные", "долгосрочно", "долгосрочные", "долгосрочная перспектива", "в будущем", "потом"],
    pl: ["później", "przyszłość", "średnioterminowo", "średnioterminowe", "długoterminowo", "długoterminowe", "w przyszłości"],
    zh: ["中期", "长期", "長期", "远期", "遠期", "未来", "未來", "以后", "以後", "之后", "之後", "将来", "將來", "后续", "後續", "远景", "遠景"],
    ja: ["将来", "中期", "長期", "中長期", "その後", "いずれ", "今後の展望"],
    ko: ["중기", "장기", "향후", "이후", "나중에", "미래"],
    vi: ["trung hạn", "dài hạn", "tương lai", "sau này", "sau đó"],
    uk: ["пізніше", "майбутнє", "середньострокові", "довгострокові", "потім", "у майбутньому"],
    tr: ["gelecek", "orta vadeli", "orta vade", "uzun vadeli", "uzun vade", "daha sonra", "ileride"],
    id: ["nanti", "masa depan", "jangka menengah", "jangka panjang", "kemudian", "di masa depan"],
    cs: ["později", "budoucnost", "střednědobě", "střednědobé", "dlouhodobě", "dlouhodobé", "v budoucnu"],
    fi: ["myöhemmin", "tulevaisuus", "pitkällä aikavälillä"],
    el: ["αργότερα", "μέλλον", "μεσοπρόθεσμα", "μακροπρόθεσμα"],
    hu: ["később", "jövő", "középtávon", "hosszú távon", "hosszú táv", "a jövőben"],
    ro: ["mai târziu", "viitor", "termen mediu", "termen lung"],
    da: ["senere", "fremtid", "lang sigt"],
    no: ["senere", "fremtid", "lang sikt"],
    ar: ["لاحقا", "لاحقاً", "المستقبل", "المدى المتوسط", "المدى الطويل"],
    he: ["בהמשך", "עתיד", "טווח בינוני", "טווח ארוך"],
    hi: ["बाद में", "भविष्य", "मध्यकालिक", "दीर्घकालिक"],
    th: ["ภายหลัง", "อนาคต", "ระยะกลาง", "ระยะยาว"],
    fa: ["بعداً", "آینده", "میان‌مدت", "بلندمدت"],
  },
};

/**
 * Horizon adjectives written after their noun (`Etapas seguintes`, `Fases futuras`, `Étapes
 * suivantes`): a later stretch of the sequence, planned (S2).
 */
export const POSTPOSED_LATER: Table = {
  pt: ["seguintes", "futuras", "futuros", "posteriores"],
  es: ["siguientes", "futuras", "futuros", "posteriores"],
  fr: ["suivantes", "suivants", "futures", "futurs", "à venir"],
  it: ["successive", "successivi", "future", "futuri"],
};

type Numbered = Readonly<Record<SequenceLanguage, readonly (readonly string[])[]>>;

/**
 * Ordinal words 1–10 by language, each number with its forms (gender, case, with or without a
 * particle): `First phase`, `Primera fase`, `Erste Phase`, `Первый этап`, `Faza a doua`,
 * `المرحلة الأولى`, `שלב ראשון`, `फेज पहला`, `Tahap pertama`. Read before or after a unit word
 * (sequence-vocabulary's UNIT_WORDS) as that unit's number. CJK ordinals are `第N` (CJK_FORMS).
 */
export const ORDINAL_WORDS: Numbered = {
  en: [["first"], ["second"], ["third"], ["fourth"], ["fifth"], ["sixth"], ["seventh"], ["eighth"], ["ninth"], ["tenth"]],
  pt: [["primeiro", "primeira"], ["segundo", "segunda"], ["terceiro", "terceira"], ["quarto", "quarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["sétimo", "sétima"], ["oitavo", "oitava"], ["nono", "nona"], ["décimo", "décima"]],
  es: [["primero", "primera", "primer"], ["segundo", "segunda"], ["tercero", "tercera", "tercer"], ["cuarto", "cuarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["séptimo", "séptima"], ["octavo", "octava"], ["noveno", "novena"], ["décimo", "décima"]],
  fr: [["premier", "première", "premiere"], ["deuxième", "deuxieme", "seconde", "second"], ["troisième", "troisieme"], ["quatrième", "quatrieme"], ["cinquième", "cinquieme"], ["sixième", "sixieme"], ["septième", "septieme"], ["huitième", "huitieme"], ["neuvième", "neuvieme"], ["dixième", "dixieme"]],
  de: [["erste", "erster", "erstes"], ["zweite", "zweiter", "zweites"], ["dritte", "dritter", "drittes"], ["vierte", "vierter"], ["fünfte", "fünfter"], ["sechste", "sechster"], ["siebte", "siebter"], ["achte", "achter"], ["neunte", "neunter"], ["zehnte", "zehnter"]],
  it: [["primo", "prima"], ["secondo", "seconda"], ["terzo", "terza"], ["quarto", "quarta"], ["quinto", "quinta"], ["sesto", "sesta"], ["settimo", "settima"], ["ottavo", "ottava"], ["nono", "nona"], ["decimo", "decima"]],
  nl: [["eerste"], ["tweede"], ["derde"], ["vierde"], ["vijfde"], ["zesde"], ["zevende"], ["achtste"], ["negende"], ["tiende"]],
  sv: [["första"], ["andra"], ["tredje"], ["fjärde"], ["femte"], ["sjätte"], ["sjunde"], ["åttonde"], ["nionde"], ["tionde"]],
  ru: [["первый", "первая", "первое"], ["второй", "вторая", "второе"], ["третий", "третья", "третье"], ["четвёртый", "четвертый", "четвёртая", "четвертая"], ["пятый", "пятая"], ["шестой", "шестая"], ["седьмой", "седьмая"], ["восьмой", "восьмая"], ["девятый", "девятая"], ["десятый", "десятая"]],
  pl: [["pierwszy", "pierwsza", "pierwsze"], ["drugi", "druga", "drugie"], ["trzeci", "trzecia", "trzecie"], ["czwarty", "czwarta"], ["piąty", "piąta"], ["szósty", "szósta"], ["siódmy", "siódma"], ["ósmy", "ósma"], ["dziewiąty", "dziewiąta"], ["dziesiąty", "dziesiąta"]],
  zh: [["第一"], ["第二"], ["第三"], ["第四"], ["第五"], ["第六"], ["第七"], ["第八"], ["第九"], ["第十"]],
  ja: [["第一"], ["第二"], ["第三"], ["第四"], ["第五"], ["第六"], ["第七"], ["第八"], ["第九"], ["第十"]],
  ko: [["첫 번째", "첫번째", "첫째"], ["두 번째", "두번째", "둘째"], ["세 번째", "세번째", "셋째"], ["네 번째", "네번째", "넷째"], ["다섯 번째", "다섯번째", "다섯째"], ["여섯 번째", "여섯번째"], ["일곱 번째", "일곱번째"], ["여덟 번째", "여덟번째"], ["아홉 번째", "아홉번째"], ["열 번째", "열번째"]],
  vi: [["thứ nhất"], ["thứ hai"], ["thứ ba"], ["thứ tư"], ["thứ năm"], ["thứ sáu"], ["thứ bảy"], ["thứ tám"], ["thứ chín"], ["thứ mười"]],
  uk: [["перший", "перша", "перше"], ["другий", "друга", "друге"], ["третій", "третя", "третє"], ["четвертий", "четверта"], ["п'ятий", "п’ятий", "п'ята", "п’ята"], ["шостий", "шоста"], ["сьомий", "сьома"], ["восьмий", "восьма"], ["дев'ятий", "дев’ятий", "дев'ята", "дев’ята"], ["десятий", "десята"]],
  tr: [["birinci", "ilk"], ["ikinci"], ["üçüncü"], ["dördüncü"], ["beşinci"], ["altıncı"], ["yedinci"], ["sekizinci"], ["dokuzuncu"], ["onuncu"]],
  id: [["pertama"], ["kedua"], ["ketiga"], ["keempat"], ["kelima"], ["keenam"], ["ketujuh"], ["kedelapan"], ["kesembilan"], ["kesepuluh"]],
  cs: [["první"], ["druhá", "druhý", "druhé"], ["třetí"], ["čtvrtá", "čtvrtý"], ["pátá", "pátý"], ["šestá", "šestý"], ["sedmá", "sedmý"], ["osmá", "osmý"], ["devátá", "devátý"], ["desátá", "desátý"]],
  fi: [["ensimmäinen"], ["toinen"], ["kolmas"], ["neljäs"], ["viides"], ["kuudes"], ["seitsemäs"], ["kahdeksas"], ["yhdeksäs"], ["kymmenes"]],
  el: [["πρώτη", "πρώτο", "πρώτος"], ["δεύτερη", "δεύτερο", "δεύτερος"], ["τρίτη", "τρίτο", "τρίτος"], ["τέταρτη", "τέταρτο"], ["πέμπτη", "πέμπτο"], ["έκτη", "έκτο"], ["έβδομη", "έβδομο"], ["όγδοη", "όγδοο"], ["ένατη", "ένατο"], ["δέκατη", "δέκατο"]],
  hu: [["első"], ["második"], ["harmadik"], ["negyedik"], ["ötödik"], ["hatodik"], ["hetedik"], ["nyolcadik"], ["kilencedik"], ["tizedik"]],
  ro: [["prima", "primul", "întâi", "întâia"], ["a doua", "al doilea"], ["a treia", "al treilea"], ["a patra", "al patrulea"], ["a cincea", "al cincilea"], ["a șasea", "al șaselea"], ["a șaptea", "al șaptelea"], ["a opta", "al optulea"], ["a noua", "al nouălea"], ["a zecea", "al zecelea"]],
  da: [["første"], ["anden", "andet"], ["tredje"], ["fjerde"], ["femte"], ["sjette"], ["syvende"], ["ottende"], ["niende"], ["tiende"]],
  no: [["første"], ["andre"], ["tredje"], ["fjerde"], ["femte"], ["sjette"], ["sjuende", "syvende"], ["åttende"], ["niende"], ["tiende"]],
  ar: [["الأولى", "الأول", "الاولى", "الاول"], ["الثانية", "الثاني"], ["الثالثة", "الثالث"], ["الرابعة", "الرابع"], ["الخامسة", "الخامس"], ["السادسة", "السادس"], ["السابعة", "السابع"], ["الثامنة", "الثامن"], ["التاسعة", "التاسع"], ["العاشرة", "العاشر"]],
  he: [["ראשון", "ראשונה"], ["שני", "שנייה", "שניה"], ["שלישי", "שלישית"], ["רביעי", "רביעית"], ["חמישי", "חמישית"], ["שישי", "שישית"], ["שביעי", "שביעית"], ["שמיני", "שמינית"], ["תשיעי", "תשיעית"], ["עשירי", "עשירית"]],
  hi: [["पहला", "पहली"], ["दूसरा", "दूसरी"], ["तीसरा", "तीसरी"], ["चौथा", "चौथी"], ["पांचवां", "पाँचवाँ", "पांचवीं"], ["छठा", "छठी"], ["सातवां", "सातवाँ"], ["आठवां", "आठवाँ"], ["नौवां", "नौवाँ"], ["दसवां", "दसवाँ"]],
  th: [["ที่หนึ่ง"], ["ที่สอง"], ["ที่สาม"], ["ที่สี่"], ["ที่ห้า"], ["ที่หก"], ["ที่เจ็ด"], ["ที่แปด"], ["ที่เก้า"], ["ที่สิบ"]],
  fa: [["اول", "نخست"], ["دوم"], ["سوم"], ["چهارم"], ["پنجم"], ["ششم"], ["هفتم"], ["هشتم"], ["نهم"], ["دهم"]],
};

/**
 * Cardinal number words 1–10 after a unit word (`Phase One`, `Fase uno`, `Этап два`, `Tahap
 * satu`), by language. Words of two letters are left out: too many are words of another
 * language (`en`, `un`, `ba`). CJK numerals are read by the CJK forms.
 */
export const CARDINAL_WORDS: Numbered = {
  en: [["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"], ["ten"]],
  pt: [["uma"], ["dois", "duas"], ["três"], ["quatro"], ["cinco"], ["seis"], ["sete"], ["oito"], ["nove"], ["dez"]],
  es: [["uno", "una"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"], ["siete"], ["ocho"], ["nueve"], ["diez"]],
  fr: [["une"], ["deux"], ["trois"], ["quatre"], ["cinq"], [], [], ["huit"], ["neuf"], ["dix"]],
  de: [["eins"], ["zwei"], ["drei"], ["vier"], ["fünf"], ["sechs"], ["sieben"], ["acht"], ["neun"], ["zehn"]],
  it: [["uno"], [], ["tre"], ["quattro"], ["cinque"], ["sei"], ["sette"], ["otto"], ["nove"], ["dieci"]],
  nl: [["een", "één"], ["twee"], ["drie"], ["vier"], ["vijf"], ["zes"], ["zeven"], ["acht"], ["negen"], ["tien"]],
  sv: [["ett"], ["två"], ["tre"], ["fyra"], ["fem"], ["sex"], ["sju"], ["åtta"], ["nio"], ["tio"]],
  ru: [["один", "одна"], ["два", "две"], ["три"], ["четыре"], ["пять"], ["шесть"], ["семь"], ["восемь"], ["девять"], ["десять"]],
  pl: [["jeden", "jedna"], ["dwa", "dwie"], ["trzy"], ["cztery"], ["pięć"], ["sześć"], ["siedem"], ["osiem"], ["dziewięć"], ["dziesięć"]],
  zh: [[], [], [], [], [], [], [], [], [], []],
  ja: [[], [], [], [], [], [], [], [], [], []],
  ko: [["하나"], ["둘"], ["셋"], ["넷"], ["다섯"], ["여섯"], ["일곱"], ["여덟"], ["아홉"], ["열"]],
  vi: [["một"], ["hai"], [], ["bốn"], ["năm"], ["sáu"], ["bảy"], ["tám"], ["chín"], ["mười"]],
  uk: [["один", "одна"], ["два", "дві"], ["три"], ["чотири"], ["п'ять", "п’ять"], ["шість"], ["сім"], ["вісім"], ["дев'ять", "дев’ять"], ["десять"]],
  tr: [["bir"], ["iki"], [], ["dört"], ["beş"], ["altı"], ["yedi"], ["sekiz"], ["dokuz"], []],
  id: [["satu"], ["dua"], ["tiga"], ["empat"], ["lima"], ["enam"], ["tujuh"], ["delapan"], ["sembilan"], ["sepuluh"]],
  cs: [["jedna"], ["dva", "dvě"], ["tři"], ["čtyři"], ["pět"], ["šest"], ["sedm"], ["osm"], ["devět"], ["deset"]],
  fi: [["yksi"], ["kaksi"], ["kolme"], ["neljä"], ["viisi"], ["kuusi"], ["seitsemän"], ["kahdeksan"], ["yhdeksän"], ["kymmenen"]],
  el: [["ένα", "μία", "ένας"], ["δύο"], ["τρία"], ["τέσσερα"], ["πέντε"], ["έξι"], ["επτά", "εφτά"], ["οκτώ", "οχτώ"], ["εννέα", "εννιά"], ["δέκα"]],
  hu: [["egy"], ["kettő", "két"], ["három"], ["négy"], [], ["hat"], ["hét"], ["nyolc"], ["kilenc"], ["tíz"]],
  ro: [["unu"], ["doi", "două"], ["trei"], ["patru"], ["cinci"], ["șase"], ["șapte"], [], ["nouă"], ["zece"]],
  da: [["een", "én"], ["två"], ["tre"], [], ["fem"], ["seks"], ["syv"], ["otte"], [], []],
  no: [["én"], [], ["tre"], [], ["fem"], ["seks"], ["sju", "syv"], ["åtte"], [], []],
  ar: [["واحد"], ["اثنان"], ["ثلاثة"], ["أربعة"], ["خمسة"], ["ستة"], ["سبعة"], ["ثمانية"], ["تسعة"], ["عشرة"]],
  he: [["אחת", "אחד"], ["שתיים", "שניים"], ["שלוש"], ["ארבע"], ["חמש"], ["שש"], ["שבע"], ["שמונה"], ["תשע"], ["עשר"]],
  hi: [["एक"], ["दो"], ["तीन"], ["चार"], ["पांच", "पाँच"], ["छह"], ["सात"], ["आठ"], ["नौ"], ["दस"]],
  th: [["หนึ่ง"], ["สอง"], ["สาม"], ["สี่"], ["ห้า"], ["หก"], ["เจ็ด"], ["แปด"], ["เก้า"], ["สิบ"]],
  fa: [["یک"], ["دو"], ["سه"], ["چهار"], ["پنج"], ["شش"], ["هفت"], ["هشت"], ["نه"], ["ده"]],
};

/** Every word of a table, deduplicated. */
export function wordsOf(table: Table): string[] {
  return [...new Set(Object.values(table).flatMap((w) => w ?? []))];
}
