/**
 * Sequence words as data (issue 12): one table per concept, one row per language of
 * LABELING.md's S2 table. A word in these tables, followed by a number, names one step of a
 * delivery sequence (`Phase 3`, `Sprint 2`, `Etapa 4`, `Этап 1`). The CJK forms that put the
 * number first or wrap it (`2026년 1분기`, `2026年第1四半期`, `第一季度`, `1단계`, `第3周`) are
 * tables of suffixes and prefixes, compiled into the regexes of `unit-label.ts`.
 */

export const SEQUENCE_LANGUAGES = ["en", "pt", "es", "fr", "de", "it", "nl", "sv", "ru", "pl", "zh", "ja", "ko", "vi", "uk", "tr"] as const;
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
    sv: ["fas", "steg", "etapp"],
    ru: ["этап", "фаза", "шаг", "стадия"],
    pl: ["faza", "etap", "krok"],
    vi: ["giai đoạn", "bước"],
    uk: ["етап", "фаза", "крок"],
    tr: ["aşama", "faz", "adım"],
  },
  milestone: {
    en: ["milestone"],
    pt: ["marco"],
    es: ["hito"],
    fr: ["jalon"],
    de: ["meilenstein"],
    it: ["traguardo"],
    nl: ["mijlpaal"],
    sv: ["milstolpe"],
    ru: ["веха"],
    pl: ["kamień milowy"],
    vi: ["cột mốc"],
    uk: ["віха"],
    tr: ["kilometre taşı"],
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
  // Vietnamese months are numbered (`Tháng 3`): the month word of UNIT_WORDS; CJK months are CJK_MONTH.
};

/**
 * CJK sequence forms. `before` words take the number after them (`阶段 3`, `スプリント2`);
 * `counters` follow the number (`1단계`, `2段階`, `3期`); `ordinal` counters follow `第N`
 * (`第3阶段`, `第2周`). Quarter, month and week forms carry their own concept.
 */
export const CJK_FORMS: Readonly<Record<"zh" | "ja" | "ko", { readonly before: readonly string[]; readonly counters: readonly string[]; readonly ordinal: readonly string[] }>> = {
  zh: { before: ["阶段", "階段", "里程碑", "迭代", "冲刺", "版本"], counters: ["阶段", "階段", "期"], ordinal: ["阶段", "階段", "期", "周", "步", "个里程碑", "里程碑", "版", "轮", "部分", "季度", "个月", "月"] },
  ja: { before: ["フェーズ", "段階", "ステップ", "マイルストーン", "スプリント"], counters: ["段階", "期"], ordinal: ["フェーズ", "段階", "週", "四半期", "期"] },
  ko: { before: ["단계", "마일스톤", "페이즈", "스프린트"], counters: ["단계", "차", "주차"], ordinal: ["단계", "주"] },
};

/** Quarter counters after a number, with an optional year before (`2026년 1분기`, `2026年第1四半期`, `第一季度`). */
export const CJK_QUARTER = ["분기", "四半期", "季度", "季"] as const;
/** Year and month markers (`2026年3月`, `2026년 3월`). */
export const CJK_YEAR = ["년", "年"] as const;
export const CJK_MONTH = ["월", "月"] as const;

/**
 * Horizons (LABELING L1: Now/Next/Later, Short/Medium/Long term) by the status they state,
 * by language. A heading that is (almost) only one of these is a horizon unit.
 */
export const HORIZON_WORDS: Readonly<Record<"now" | "next" | "later", Table>> = {
  now: {
    en: ["now", "right now", "today", "current", "currently", "this week", "this month", "this quarter", "this release", "current focus"],
    pt: ["agora", "atual"],
    es: ["ahora", "actual"],
    fr: ["maintenant", "actuel", "en ce moment"],
    de: ["jetzt", "aktuell"],
    it: ["ora", "adesso", "attuale"],
    nl: ["nu", "huidig"],
    sv: ["nu", "aktuellt"],
    ru: ["сейчас", "текущее"],
    pl: ["teraz", "obecnie"],
    zh: ["当前", "現在", "现在", "本季度"],
    ja: ["現在", "今", "現在の重点"],
    ko: ["현재", "지금"],
    vi: ["hiện tại"],
    uk: ["зараз", "поточне"],
    tr: ["şimdi", "şu an"],
  },
  next: {
    en: ["next", "soon", "near term", "near-term", "short term", "short-term", "upcoming", "coming soon", "up next"],
    pt: ["próximo", "próximos", "próxima", "próximas", "em breve", "curto prazo"],
    es: ["próximo", "próximos", "próxima", "próximas", "próximamente", "corto plazo"],
    fr: ["prochainement", "prochain", "prochaine", "prochaines", "bientôt", "court terme", "la suite"],
    de: ["als nächstes", "nächste", "nächsten", "demnächst", "kurzfristig", "kurzfristige"],
    it: ["prossimo", "prossima", "prossimi", "prossime", "breve termine"],
    nl: ["binnenkort", "volgende", "korte termijn"],
    sv: ["nästa", "kommande", "snart", "kort sikt"],
    ru: ["далее", "скоро", "краткосрочно", "краткосрочные", "краткосрочная перспектива"],
    pl: ["wkrótce", "następnie", "krótkoterminowo", "krótkoterminowe"],
    zh: ["短期", "近期", "下一步"],
    ja: ["近い将来", "次", "短期", "今後"],
    ko: ["다음", "단기"],
    vi: ["tiếp theo", "ngắn hạn"],
    uk: ["далі", "незабаром", "найближчим часом", "короткострокові"],
    tr: ["sonraki", "yakında", "kısa vadeli", "kısa vade"],
  },
  later: {
    en: ["later", "future", "someday", "mid term", "mid-term", "medium term", "medium-term", "long term", "long-term", "eventually", "beyond"],
    pt: ["depois", "futuro", "médio prazo", "longo prazo"],
    es: ["después", "futuro", "medio plazo", "mediano plazo", "largo plazo"],
    fr: ["plus tard", "futur", "moyen terme", "long terme"],
    de: ["später", "zukunft", "mittelfristig", "mittelfristige", "langfristig", "langfristige"],
    it: ["più avanti", "futuro", "medio termine", "lungo termine"],
    nl: ["later", "toekomst", "middellange termijn", "lange termijn"],
    sv: ["senare", "framtid", "lång sikt"],
    ru: ["позже", "будущее", "среднесрочно", "среднесрочные", "долгосрочно", "долгосрочные", "долгосрочная перспектива"],
    pl: ["później", "przyszłość", "średnioterminowo", "średnioterminowe", "długoterminowo", "długoterminowe"],
    zh: ["中期", "长期", "長期", "远期", "未来"],
    ja: ["将来", "中期", "長期", "中長期"],
    ko: ["중기", "장기", "향후"],
    vi: ["trung hạn", "dài hạn", "tương lai"],
    uk: ["пізніше", "майбутнє", "середньострокові", "довгострокові"],
    tr: ["gelecek", "orta vadeli", "orta vade", "uzun vadeli", "uzun vade"],
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

/** Every word of a table, deduplicated. */
export function wordsOf(table: Table): string[] {
  return [...new Set(Object.values(table).flatMap((w) => w ?? []))];
}
