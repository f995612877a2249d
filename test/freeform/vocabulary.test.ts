import { describe, expect, it } from "vitest";
import { readStatusText } from "../../src/parse/fields/status.js";
import { STATUS_PHRASES } from "../../src/parse/fields/status-vocabulary.js";
import { CARDINAL_WORDS, HORIZON_WORDS, MONTH_NAMES, ORDINAL_WORDS, PRIORITY_TIERS, PRIORITY_WORDS, SEQUENCE_CONCEPTS, SEQUENCE_LANGUAGES, UNIT_WORDS } from "../../src/parse/fields/sequence-vocabulary.js";
import { HARD_SECTION_CONCEPTS, SECTION_CONCEPTS, sectionTables } from "../../src/parse/fields/section-vocabulary.js";

const { excluded: EXCLUDED_SECTIONS, hard: HARD_EXCLUDED_SECTIONS } = sectionTables();
import { classifyUnit, isExcludedSection, sectionKind } from "../../src/parse/freeform/unit-label.js";
import { parseRoadmap } from "../../src/parse/to-model.js";

const lines = (...xs: string[]) => xs.join("\n") + "\n";

describe("sequence vocabulary as data (one table per concept)", () => {
  it("has every concept, and phase, milestone, release, sprint, week, month and quarter words for every language written in words (not CJK)", () => {
    expect(Object.keys(UNIT_WORDS).sort()).toEqual([...SEQUENCE_CONCEPTS].sort());
    for (const lang of SEQUENCE_LANGUAGES.filter((l) => !["zh", "ja", "ko"].includes(l)))
      for (const c of ["phase", "milestone", "release", "sprint", "week", "month", "quarter"] as const) expect(UNIT_WORDS[c][lang]?.length, `${c} ${lang}`).toBeGreaterThan(0);
    // Month names for every language that names its months (Vietnamese numbers them: `Tháng 3`).
    // (CJK months are `3月`/`3월`; Arabic, Hebrew, Hindi, Thai and Persian roadmaps name months by number or another calendar.)
    for (const lang of SEQUENCE_LANGUAGES.filter((l) => !["zh", "ja", "ko", "vi", "ar", "he", "hi", "th", "fa"].includes(l)))
      expect(MONTH_NAMES[lang]?.length, `months ${lang}`).toBe(12 + (lang === "en" ? 12 : 0));
    // Horizons (now, next, later) in every language.
    for (const lang of SEQUENCE_LANGUAGES) for (const h of ["now", "next", "later"] as const) expect(HORIZON_WORDS[h][lang]?.length, `${h} ${lang}`).toBeGreaterThan(0);
  });

  it("has ordinals 1–10 for every language and cardinals 1–10 where they are words of their own (CJK numerals are read by the CJK forms)", () => {
    for (const lang of SEQUENCE_LANGUAGES) {
      expect(ORDINAL_WORDS[lang].length, `ordinals ${lang}`).toBe(10);
      for (const forms of ORDINAL_WORDS[lang]) expect(forms.length, `ordinal of ${lang}`).toBeGreaterThan(0);
      expect(CARDINAL_WORDS[lang].length, `cardinals ${lang}`).toBe(10);
    }
    // A number word never means two numbers: each is read as one digit string.
    const seen = new Map<string, number>();
    for (const table of [ORDINAL_WORDS, CARDINAL_WORDS])
      for (const numbers of Object.values(table))
        numbers.forEach((forms, i) =>
          forms.forEach((w) => {
            const k = w.toLowerCase();
            expect(seen.get(k) ?? i + 1, `${w} means ${seen.get(k)} and ${i + 1}`).toBe(i + 1);
            seen.set(k, i + 1);
          }),
        );
  });

  it.each([
    ["First milestone: setup", "M1"],
    ["Second phase", "Phase 2"],
    ["Primera fase: base", "Fase 1"],
    ["Segunda etapa", "Etapa 2"],
    ["Deuxième phase", "Phase 2"],
    ["Zweite Phase", "Phase 2"],
    ["Первый этап", "Этап 1"],
    ["Этап второй", "Этап 2"],
    ["Fase uno", "Fase 1"],
    ["Fase três", "Fase 3"],
    ["Tahap pertama", "Tahap 1"],
    ["Etapa a doua", "Etapa 2"],
    ["Andra fasen", "Fasen 2"],
    ["المرحلة الثانية", "المرحلة 2"],
    ["שלב ראשון", "שלב 1"],
    ["ระยะที่สอง", "ระยะที่ 2"],
    ["فاز ۲", "فاز 2"],
    ["चरण २", "चरण 2"],
    ["二期：扩展", "期 2"],
    ["十二期", "期 12"],
  ])("reads the number word or digit in %j as the unit's number (%s)", (text, id) => {
    expect(classifyUnit(text)).toMatchObject({ kind: "strong", id });
  });

  it("does not read a number word where it is prose or another language's word", () => {
    expect(classifyUnit("First steps")).toBeUndefined();
    expect(classifyUnit("Release to Production")?.id).not.toBe("Release 2");
    expect(classifyUnit("Milestone due 2026-03")?.id).not.toBe("M2");
    expect(classifyUnit("Release opt-in flags")?.id).not.toBe("Release 8");
    expect(classifyUnit("First phase of the rollout")).toBeUndefined();
  });

  it.each([
    ["Sprint 4 — Beta", "strong", "Sprint 4"],
    ["Đợt 2: Mở rộng", "strong", "Đợt 2"],
    ["Döngü 3", "strong", "Döngü 3"],
    ["Місяць 2", "strong", "Місяць 2"],
    ["Березень 2026", "strong", "Березень 2026"],
    ["Mart 2026", "strong", "Mart 2026"],
    ["3月", "strong", "3月"],
    ["12월 목표", "strong", "12월"],
    ["3月份计划", "strong", "3月"],
    ["Kısa vadeli hedefler", "horizon", undefined],
    ["Краткосрочные цели (1-3 месяца)", "horizon", undefined],
    ["Langfristige Ziele", "horizon", undefined],
    ["Довгострокові цілі", "horizon", undefined],
    ["Trung hạn", "horizon", undefined],
    ["Ensuite", "horizon", undefined],
    ["이후 계획", "horizon", undefined],
    ["その後の方向性", "horizon", undefined],
    ["Medellång sikt", "horizon", undefined],
    ["Tahap 2: Integrasi", "strong", "Tahap 2"],
    ["Fáze 1 – Základ", "strong", "Fáze 1"],
    ["Vaihe 3", "strong", "Vaihe 3"],
    ["Φάση 2: Επέκταση", "strong", "Φάση 2"],
    ["Mérföldkő 4", "strong", "Mérföldkő 4"],
    ["Etapa 1 — Fundație", "strong", "Etapa 1"],
    ["Milepæl 2", "strong", "Milepæl 2"],
    ["المرحلة 1: الأساس", "strong", "المرحلة 1"],
    ["שלב 2 - הרחבה", "strong", "שלב 2"],
    ["चरण 3: परीक्षण", "strong", "चरण 3"],
    ["ระยะที่ 1", "strong", "ระยะที่ 1"],
    ["فاز 2", "strong", "فاز 2"],
    ["Jangka panjang", "horizon", undefined],
    ["Μακροπρόθεσμα", "horizon", undefined],
    ["Maaliskuu 2026", "strong", "Maaliskuu 2026"],
    ["Siguiente", "horizon", undefined],
    ["Mais tarde", "horizon", undefined],
    ["以后", "horizon", undefined],
    ["接下来", "horizon", undefined],
    ["Immediate", "horizon", undefined],
    ["Следующие шаги", "horizon", undefined],
  ])("reads %j as a %s label %j (sequence words in every language)", (text, kind, id) => {
    expect(classifyUnit(text)).toMatchObject({ kind, ...(id ? { id } : {}) });
  });

  it("a CJK day is not a month, nor is a month inside a sentence", () => {
    expect(classifyUnit("3月15日 发布")).toBeUndefined();
    expect(classifyUnit("3월 15일 출시")?.family).not.toBe("month");
  });

  it.each([
    ["Phase 3: Build", "Phase 3"],
    ["Fas 2 — Bygga", "Fas 2"],
    ["Etap 4: Wdrożenie", "Etap 4"],
    ["Этап 1. Основа", "Этап 1"],
    ["Kwartał 2", "Kwartał 2"],
    ["Giai đoạn 2: Mở rộng", "Giai đoạn 2"],
    ["Traguardo 3", "Traguardo 3"],
  ])("reads %j as a strong unit label %j", (text, id) => {
    expect(classifyUnit(text)).toMatchObject({ kind: "strong", id });
  });

  it.each([
    ["2026년 1분기 (현재 분기)", "2026 Q1"],
    ["2026년 3-4분기", "2026 Q3-4"],
    ["2026年第1四半期", "2026 Q1"],
    ["2026年Q1", "2026 Q1"],
    ["第一季度", "Q1"],
    ["2026年3月", "2026-03"],
    ["2026년 3월 목표", "2026-03"],
  ])("reads the CJK quarter/month form %j as %j", (text, id) => {
    expect(classifyUnit(text)).toMatchObject({ kind: "strong", id });
  });

  it.each([
    ["第3周 测试", "strong"],
    ["1단계: 기초", "strong"],
    ["スプリント2", "strong"],
    ["近い将来", "horizon"],
    ["短期目标", "horizon"],
  ])("reads the CJK form %j as %s", (text, kind) => {
    expect(classifyUnit(text)?.kind).toBe(kind);
  });

  it("status words of the added forms (sv, pl, nl, it, ja, ko)", () => {
    const v = (t: string) => readStatusText(t)?.value;
    expect([v("Klart"), v("Pågående"), v("Planerat")]).toEqual(["done", "in_progress", "planned"]);
    expect([v("w trakcie"), v("do zrobienia"), v("ukończone")]).toEqual(["in_progress", "planned", "done"]);
    expect([v("voltooid"), v("in uitvoering")]).toEqual(["done", "in_progress"]);
    // Ukrainian and Turkish, the sequence vocabulary's two languages beyond S2's fourteen.
    expect([v("Виконано"), v("в роботі"), v("Заплановано"), v("відкладено"), v("скасовано")]).toEqual(["done", "in_progress", "planned", "blocked", "cancelled"]);
    expect([v("Tamamlandı"), v("devam ediyor"), v("Planlanan"), v("beklemede"), v("iptal edildi")]).toEqual(["done", "in_progress", "planned", "blocked", "cancelled"]);
    expect([v("annullato"), v("geannuleerd"), v("anulowane"), v("tạm dừng")]).toEqual(["cancelled", "cancelled", "cancelled", "blocked"]);
    // Further languages; words of spaced scripts match whole words only.
    expect([v("Selesai"), v("Probíhá"), v("Suunniteltu"), v("σε αναμονή"), v("Zrušeno")]).toEqual(["done", "in_progress", "planned", "blocked", "cancelled"]);
    expect([v("مكتمل"), v("בתהליך"), v("नियोजित"), v("เสร็จสิ้น"), v("لغو شد")]).toEqual(["done", "in_progress", "planned", "done", "cancelled"]);
    expect(v("הושלםםם")).toBeUndefined();
    expect([v("部分完成于 0.4.0"), v("[В ПЛАНЕ]")]).toEqual(["in_progress", "planned"]);
    expect([v("出시 완료".replace("出", "출")), v("개발 중"), v("計画中"), v("parked")]).toEqual(["done", "in_progress", "planned", "blocked"]);
    // Every phrase is lower-case-insensitive data, none listed under two values.
    const seen = new Map<string, string>();
    for (const [value, list] of Object.entries(STATUS_PHRASES))
      for (const p of list) {
        expect(seen.get(p.toLowerCase()), p).toBeUndefined();
        seen.set(p.toLowerCase(), value);
      }
  });
});

describe("non-English sequences (issue 12 failure classes)", () => {
  it("Korean quarter headings are the milestones; `현재 분기` states in progress", () => {
    const src = lines("# 로드맵", "", "## 2026년 1분기 (현재 분기)", "- [x] 로그인", "- [ ] 검색", "", "## 2026년 2분기", "- [ ] 결제", "", "## 2026년 3-4분기", "- [ ] 모바일");
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["2026 Q1 in_progress", "2026 Q2 unknown", "2026 Q3-4 unknown"]);
  });

  it("month headings without a year (`## 1月`) are the milestones, as `## January` is (L1 months)", () => {
    const src = lines("# 2027 ロードマップ", "", "## 1月", "- [x] ログイン", "", "## 2月", "- [ ] 検索", "", "## 3月（予定）", "- [ ] 決済");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["1月", "2月", "3月"]);
  });

  it("Turkish and Ukrainian horizons are a sequence of planned steps (L1 horizons)", () => {
    const tr = lines("# Yol haritası", "", "## Kısa vadeli", "- Giriş", "", "## Orta vadeli", "- Arama", "", "## Uzun vadeli", "- Mobil");
    expect(parseRoadmap(tr).milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["Kısa vadeli planned", "Orta vadeli planned", "Uzun vadeli planned"]);
    const uk = lines("# Дорожня карта", "", "## Зараз", "- Вхід", "", "## Далі", "- Пошук", "", "## Пізніше", "- Мобільний застосунок");
    expect(parseRoadmap(uk).milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["Зараз in_progress", "Далі planned", "Пізніше planned"]);
  });

  it("a Swedish list of features under status words: the buckets are the milestones (L3a)", () => {
    const src = lines("# Färdplan", "", "## Klart", "- Inloggning", "- Export", "", "## Pågår", "- Sök", "", "## Planerat", "- Mobilapp", "- Delning");
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["Klart done", "Pågår in_progress", "Planerat planned"]);
  });

  it("Japanese horizons; a current-state summary is not a unit (L5)", () => {
    const src = lines("# ロードマップ", "", "## 現在の状態", "- 実装済み機能", "", "## 現在の重点", "- A", "", "## 近い将来", "- B", "", "## Later", "- C");
    expect(parseRoadmap(src).milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["現在の重点 in_progress", "近い将来 planned", "Later planned"]);
  });
});

describe("status in a heading's bracket with a reference after it", () => {
  it.each([
    ["Phase 1 - Core (MERGED, PR #7)", "done"],
    ["v2 — safedeps (출시 완료, v2.1.x)", "done"],
  ])("%j states %s", (heading, value) => {
    const src = lines("# R", "", `## ${heading}`, "- a", "", "## Phase 9 - Later", "- b", "", "## v9 — x", "- c");
    expect(parseRoadmap(src).milestones[0]!.status.value).toBe(value);
  });
});

describe("Korean release and horizon words (S2)", () => {
  it("`(출시)` alone states done, `출시 예정` planned; `미래` and `장기` are horizons (planned)", () => {
    const src = lines("# 로드맵", "", "## v1.1 — 검색 (출시)", "- a", "", "## v1.2 — 동기화 (출시 예정)", "- b", "", "## v2 (미래)", "- c", "", "## v3+ (장기)", "- d");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["v1.1 done", "v1.2 planned", "v2 planned", "v3 planned"]);
  });

  it("a horizon followed by two words of a script without case is a horizon step (`지금 집중할 일`, focus now); `현재 구현 상태` is the current state", () => {
    const src = lines("# 앞으로의 방향", "", "## 📋 현재 구현 상태", "- x", "", "## 지금 집중할 일", "- a", "", "## 다음 후보", "- b", "", "## 이후 검토할 일", "- c", "", "## 목표가 아닌 것", "- d");
    expect(parseRoadmap(src).milestones.map((m) => `${m.title} ${m.status.value}`)).toEqual(["지금 집중할 일 in_progress", "다음 후보 planned", "이후 검토할 일 planned"]);
    // Two capitalised words after a horizon word are a title, not a horizon phrase.
    expect(parseRoadmap(lines("# R", "", "## Now Playing Screen", "- a", "", "## Next Gen Engine", "- b")).milestones).toEqual([]);
  });

  it("CJK unit words before a letter (`阶段 A`, `フェーズB`, `단계 C`) label units, as `Phase A` does; `阶段 AI` does not", () => {
    const src = lines("# 路线图", "", "## 任务清单", "", "### 阶段 A — 基础设施", "- [x] a", "", "### 阶段 B — JSON", "- [x] b", "", "### 阶段 C — 语义化", "- [ ] c", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["阶段 A", "阶段 B", "阶段 C"]);
    expect(classifyUnit("フェーズB: x")?.id).toBe("フェーズ B");
    expect(classifyUnit("단계 C")?.id).toBe("단계 C");
    expect(classifyUnit("阶段 AI 模块")).toBeUndefined();
    // A letter with a number or a point is the code it starts (`V1.0`, `P0`, `A1`), not a letter id; Roman numerals are read whole.
    const ids = (...hs: string[]) => parseRoadmap(lines("# R", "", ...hs.flatMap((h) => [`## ${h}`, "- a", ""]))).milestones.map((m) => m.id);
    expect(ids("版本 V1.0 — 基础", "版本 V2.0 — 扩展")).toEqual(["V1.0", "V2.0"]);
    expect(ids("阶段 P0：a", "阶段 P1：b")).toEqual(["P0", "P1"]);
    expect(ids("阶段 A1", "阶段 A2")).toEqual(["A1", "A2"]);
    expect(ids("フェーズ I：基盤", "フェーズ II：拡張", "フェーズ III：公開", "フェーズ IV：運用")).toEqual(["フェーズ I", "フェーズ II", "フェーズ III", "フェーズ IV"]);
  });

  it("Japanese tracks (`トラックA`) under a current-phase heading take the key's status, not a word of the phase's name (`準備済み`)", () => {
    const src = lines("# ロードマップ", "", "## 現在フェーズ：検証スタック -> カナリア準備済みランタイム候補", "", "### トラックA：人手エビデンス", "- a", "", "### トラックB：証拠パッケージ", "- b", "", "## 現時点で対象外", "- c", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["トラック A in_progress", "トラック B in_progress"]);
    // A key that names no kind of unit (`Current status:`), or a name that opens or ends with a status, leaves the whole heading to state it.
    const under = (h: string) => parseRoadmap(lines("# R", "", `## ${h}`, "", "### Phase 1", "- a", "", "### Phase 2", "- b", "")).milestones.map((m) => m.status.value);
    expect(under("Current status: Done")).toEqual(["done", "done"]);
    expect(under("Current Status: ✅ Complete")).toEqual(["done", "done"]);
    expect(under("Current milestone: v1 shipped")).toEqual(["done", "done"]);
    expect(under("当前阶段：已完成收尾")).toEqual(["done", "done"]);
  });

  it("a 0.x number opening a name is a release (`0.7 Data Inspector`): sections are not numbered from 0.1; `0.5 days` after more digits is not", () => {
    expect(classifyUnit("0.7 Data Inspector")).toMatchObject({ kind: "strong", id: "0.7", family: "version" });
    expect(classifyUnit("0.10 Visualization")?.id).toBe("0.10");
    expect(classifyUnit("1.2 Overview")?.kind).toBe("numbered");
    const src = lines("# Roadmap", "", "## Next increments", "", "1. **0.7 Data Inspector**", "   - a", "2. **0.8 Universal Import**", "   - b", "3. **0.9 Table Editor**", "");
    expect(parseRoadmap(src).milestones.map((m) => m.id)).toEqual(["0.7", "0.8", "0.9"]);
  });

  it("halves and quarters with a fiscal year or a span of years (`2025-2026 H1`, `FY2026 H2`) label units; a span of years alone does not", () => {
    expect(classifyUnit("2025-2026 H1")?.id).toBe("2025-2026 H1");
    expect(classifyUnit("FY2026 H2")?.id).toBe("FY2026 H2");
    expect(classifyUnit("2025-2026")).toBeUndefined();
    // Two-digit fiscal years and a span written with spaces.
    expect(classifyUnit("FY26 Q1")?.id).toBe("FY26 Q1");
    expect(classifyUnit("FY26-H2")?.id).toBe("FY26-H2");
    expect(classifyUnit("2025 - 2026 Q1 (current)")).toMatchObject({ id: "2025 - 2026 Q1", family: "quarter" });
    // A year with a name after a spaced hyphen stays a year.
    expect(classifyUnit("2026 - Launch")).toMatchObject({ id: "2026", family: "year" });
    expect(classifyUnit("2025 - 2026")).toMatchObject({ id: "2025", family: "year" });
  });

  it("full-width letters and digits (`フェーズ１`, `フェーズＡ`, `Ｖ１．２`) are the ASCII ones", () => {
    expect(classifyUnit("フェーズ１：基盤")?.id).toBe("フェーズ 1");
    expect(classifyUnit("フェーズＢ")?.id).toBe("フェーズ B");
    expect(classifyUnit("第２段階")?.id).toBe("段階 2");
    expect(classifyUnit("Ｐｈａｓｅ ３")?.id).toBe("Phase 3");
    expect(classifyUnit("Ｖ１．２")?.id).toBe("V1.2");
    const src = lines("# 計画", "", "## フェーズ１：基盤 ✅", "- [x] a", "", "## フェーズ２：拡張", "- [ ] b", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.title} ${m.status.value}`)).toEqual(["フェーズ 1 フェーズ１：基盤 ✅ done", "フェーズ 2 フェーズ２：拡張 unknown"]);
  });

  it("a numbered horizon (`2. Medium-Term Targets`) is a numbered step stating its horizon's status", () => {
    const src = lines("# Roadmap", "", "## Structured Roadmap", "", "### 1. Short-Term Targets", "- a", "", "### 2. Medium-Term Targets", "- b", "", "### 3. Long-Term Research Directions", "- c", "");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["1 planned", "2 planned", "3 planned"]);
    expect(parseRoadmap(lines("# R", "", "## 1. Setup", "- a", "", "## 2. Build", "- b", "")).milestones.map((m) => m.status.value)).toEqual(["unknown", "unknown"]);
    // The horizon's status, not other words of the name (`complete rewrite`, `blocked imports`).
    const named = lines("# R", "", "## 1. Short term: finish migration", "- a", "", "## 2. Long term: complete rewrite", "- b", "", "## 3. Later: blocked imports", "- c", "");
    expect(parseRoadmap(named).milestones.map((m) => m.status.value)).toEqual(["planned", "planned", "planned"]);
    // Steps named with a horizon word among others that are not horizons state nothing (`2. Current API`, `4. Beyond Compare`).
    const steps = lines("# R", "", "## 1. Auth rewrite", "- a", "", "## 2. Current API", "- b", "", "## 3. Future-proofing", "- c", "", "## 4. Beyond Compare", "- d", "");
    expect(parseRoadmap(steps).milestones.map((m) => m.status.value)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
  });

  it("`(향후)` and `(추후)` (later, in future) state planned, as `next up` does in English", () => {
    const src = lines("# 로드맵", "", "## Phase 1: 기반 (완료)", "- a", "", "## Phase 2: 확장 (향후)", "- b", "", "## Phase 3: 문서 (추후)", "- c", "", "## Phase 4: Eval (the Learn stage — next up)", "- d");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Phase 1 done", "Phase 2 planned", "Phase 3 planned", "Phase 4 planned"]);
  });
});

describe("buckets and horizons with more words after a comma or slash state their status (S1 bucket)", () => {
  it("a horizon over numbered steps gives them its status", () => {
    const src = lines("# Feuille de route", "", "## La suite, dans l'ordre", "", "### 1. Fermer les cases", "- a", "", "### 2. Les preuves", "- b", "", "### 3. Fournisseurs", "- c");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value} ${m.status.source ?? "-"}`)).toEqual(["1 planned bucket", "2 planned bucket", "3 planned bucket"]);
  });
  it("a status bucket `🚧 개발 중 / 미구현 기능` over phases", () => {
    const src = lines("# 로드맵", "", "## 🚧 개발 중 / 미구현 기능", "", "### Phase 1: 기본", "- a", "", "### Phase 2: 확장", "- b");
    expect(parseRoadmap(src).milestones.map((m) => m.status.value)).toEqual(["in_progress", "in_progress"]);
  });
  it("a lowercase phrase of two words after the status word is still a bucket; a titled heading is not", () => {
    expect(classifyUnit("next execution slices")).toMatchObject({ status: "planned" });
    expect(classifyUnit("Current Architecture Overview")).toBeUndefined();
    expect(classifyUnit("Next Big Things")?.status).toBeUndefined();
    const src = lines("# Plan", "", "## next delivery steps", "", "| Step | Area |", "| --- | --- |", "| 1 | parser |", "| 2 | cli |");
    expect(parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`)).toEqual(["Step 1 planned", "Step 2 planned"]);
  });
});

describe("a plain-text plan of dated steps (no Markdown structure)", () => {
  it("short paragraphs whose first line is only a date range are the units; a date is not a version", () => {
    const src = ["", "01.09-15.09", "Setup", "", "Tasks:", "Make a plan", "", "15.09-30.09", "Character", "", "Tasks:", "Draw it", "", "30.09-14.10", "Levels", ""].join("\r\n");
    const r = parseRoadmap(src);
    expect(r.milestones.map((m) => m.id)).toEqual(["01.09-15.09", "15.09-30.09", "30.09-14.10"]);
    expect(r.reading?.carrier).toBe("paragraph");
    expect(classifyUnit("16.10-30.10")).toMatchObject({ id: "16.10-30.10", family: "date" });
    expect(classifyUnit("1.2.3 - release")?.family).toBe("version");
  });
});

describe("section names as data: sections that are never units, in every language (L5)", () => {
  const all = { ...EXCLUDED_SECTIONS, ...Object.fromEntries(Object.entries(HARD_EXCLUDED_SECTIONS).map(([k, v]) => [`hard ${k}`, v])) };
  it("has every concept in every language, lower case, no phrase twice in one row", () => {
    expect(Object.keys(EXCLUDED_SECTIONS).sort()).toEqual([...SECTION_CONCEPTS].sort());
    expect(Object.keys(HARD_EXCLUDED_SECTIONS).sort()).toEqual([...HARD_SECTION_CONCEPTS].sort());
    for (const [concept, table] of Object.entries(all))
      for (const lang of SEQUENCE_LANGUAGES) {
        // Every language is decided: a row left empty says its word is ambiguous (`Obsah`: content or contents).
        expect(table[lang], `${concept} ${lang}`).toBeDefined();
        const words = table[lang] ?? [];
        for (const w of words) expect(w, `${concept} ${lang}`).toBe(w.toLowerCase().trim());
        expect(new Set(words).size, `${concept} ${lang}`).toBe(words.length);
      }
  });

  it("no section phrase hides a unit or a horizon a heading opens with (`Phase 1`, `Next`), in any language", () => {
    const units = SEQUENCE_CONCEPTS.flatMap((c) => Object.values(UNIT_WORDS[c]).flat()).filter((w) => !isExcludedSection(`${w} 1`));
    expect(SEQUENCE_CONCEPTS.flatMap((c) => Object.values(UNIT_WORDS[c]).flat()).filter((w) => isExcludedSection(`${w} 1: Setup`))).toEqual([]);
    expect(units.length).toBeGreaterThan(100);
    expect(Object.values(HORIZON_WORDS).flatMap((t) => Object.values(t).flat()).filter((w) => isExcludedSection(w))).toEqual([]);
    expect(Object.values(PRIORITY_TIERS).flat().filter((w) => isExcludedSection(w))).toEqual([]);
  });

  it.each([
    ["## Riesgos", true, true],
    ["## 4. Limitações conhecidas", true, true],
    ["## Änderungsprotokoll", true, true],
    ["## 🔴 Известные проблемы", true, true],
    ["## 现在的风险", false, false],
    ["## 已知问题", true, true],
    ["## 現在のブロッカー", true, true],
    ["## Current blockers", true, true],
    ["## Visão geral", true, false],
    ["## Übersicht der Phasen", true, false],
    ["## Hedefler", true, false],
    ["## Calendrier indicatif", false, false],
    ["## Riskless rollout", false, false],
    ["## Key", true, false],
    ["## Key features", false, false],
    // Turkish capitals, decomposed accents and Persian written with a space or a non-joiner.
    ["## SÜRÜM GEÇMİŞİ", true, true],
    ["## İçindekiler", true, false],
    ["## Visa\u0303o geral", true, false],
    ["## ریسک ها", true, true],
    ["## ریسک‌ها", true, true],
    ["## خلاصه‌سازی خودکار", false, false],
    // Words of one language that open ordinary headings in another (review of round 8).
    ["## Link sharing", false, false],
    ["## Note editor", false, false],
    ["## Progression system", false, false],
    ["## Blocker fixes", false, false],
    ["## Contributions graph", false, false],
    ["## Historia 1: Registro", false, false],
    ["## Mise en place", false, false],
    ["## Giriş ve kayıt", false, false],
    ["## Поддержка PostgreSQL", false, false],
    ["## Команда /start", false, false],
    ["## Contenido multimedia", false, false],
    ["## Estado global", false, false],
    ["## Ограничения скорости запросов", false, false],
    ["## البنية التحتية", false, false],
    // Section numbering in CJK numerals, and changelog names (round 9).
    ["## 一、最近修改总结", true, true],
    ["## （二）风险", true, true],
    ["## 三、更新记录", true, true],
    ["## 二、后续计划（按优先级）", false, false],
    ["## 历史人物图鉴", false, false],
    ["## 1、更新记录", true, true],
    ["## 1.更新记录", true, true],
  ])("%s: excluded %s, hard %s", (heading, excluded, hard) => {
    const text = heading.replace(/^#+\s*/u, "");
    expect(isExcludedSection(text)).toBe(excluded);
    expect(sectionKind(text) === "hard").toBe(hard);
  });

  it("numbered sections with a limitations section number the document, not steps (a Portuguese technical roadmap)", () => {
    const src = lines("# Roadmap Técnico", "", "## 1. Login social", "", "Falta a integração.", "", "## 2. Gestão de sessões", "", "Falta a UI.", "", "## 3. Limpeza de tokens", "", "Falta o job.", "", "## 4. Limitações conhecidas", "", "Nenhum teste de carga.");
    expect(parseRoadmap(src).milestones).toEqual([]);
    // The same with steps, not sections, is read as the steps.
    expect(parseRoadmap(lines("# Roadmap", "", "## 1. Login social", "", "x", "", "## 2. Gestão de sessões", "", "x", "", "## 3. Limpeza de tokens", "", "x")).milestones.map((m) => m.id)).toEqual(["1", "2", "3"]);
  });

  it("a current-blockers section is not the now of the horizons beside it", () => {
    const src = lines("# Roadmap", "", "## 現在のブロッカー", "", "- API 制限", "", "## TODO", "", "### 近期", "", "- a", "", "### 中期", "", "- b", "", "### 長期", "", "- c");
    expect(parseRoadmap(src).milestones.map((m) => m.title)).not.toContain("現在のブロッカー");
  });
});

describe("priority tiers in every language are a sequence (L1)", () => {
  it("has tiers for every language, each holding that language's word for priority (texts without one are never tried)", () => {
    for (const lang of SEQUENCE_LANGUAGES) {
      expect(PRIORITY_TIERS[lang]?.length, lang).toBeGreaterThan(0);
      for (const tier of PRIORITY_TIERS[lang] ?? []) expect((PRIORITY_WORDS[lang] ?? []).some((w) => tier.toLowerCase().includes(w)), `${lang}: ${tier}`).toBe(true);
    }
  });

  it.each([
    ["High Priority", true],
    ["Prioridad media", true],
    ["Hohe Priorität: API", true],
    ["Критичные задачи (высокий приоритет)", true],
    ["高优先级", true],
    ["High priority bugs we keep seeing in the parser", false],
    ["Fix the login form (high priority)", true],
    ["A much longer name of a section that goes on well past sixty characters (high priority)", false],
    ["Highlights", false],
    ["3. Hooks (Priority: Low)", false],
    ["High priority tasks", true],
    ["High Priority:", true],
    ["Low Priority Mode", false],
    ["High-priority notifications", false],
    ["Normal priority queue", false],
  ])("%s: a tier %s", (text, tier) => {
    const label = classifyUnit(text);
    expect(label?.kind === "horizon" && label.status === undefined).toBe(tier);
  });

  it("tier headings over feature headings are the milestones; tiers over numbered steps are buckets of those steps (L3a), as horizons are", () => {
    const src = lines("# План", "", "## Критичные задачи (высокий приоритет)", "", "### Ошибки", "", "x", "", "### Отмена", "", "x", "", "## Важные задачи (средний приоритет)", "", "### Потоки", "", "x", "", "## Желательные задачи (низкий приоритет)", "", "### Хуки", "", "x");
    expect(parseRoadmap(src).milestones.map((m) => `${m.title} | ${m.status.value}`)).toEqual(["Критичные задачи (высокий приоритет) | unknown", "Важные задачи (средний приоритет) | unknown", "Желательные задачи (низкий приоритет) | unknown"]);
    const steps = lines("# Plan", "", "## High Priority", "", "### 1. Errors", "", "x", "", "### 2. Cancel", "", "x", "", "## Low Priority", "", "### 3. Hooks", "", "x");
    expect(parseRoadmap(steps).milestones.map((m) => m.title)).toEqual(["1. Errors", "2. Cancel", "3. Hooks"]);
  });
});

describe("the current stage in a heading, in more languages (S1 heading, S2)", () => {
  it.each([
    ["## Phase 1 — 商业 MVP（6-8 周）当前阶段", "in_progress"],
    ["## Phase 1: MVP 稳定性（当前阶段）", "in_progress"],
    ["## Phase 1 — Setup (2 weeks) done", "unknown"],
    // The tail after a bracket never hides a status the heading closes with (review of round 8).
    ["## 阶段一（2周）基础架构 已完成", "done"],
    ["## Phase 1 (MVP)Core DONE", "done"],
    ["## 阶段三：插件（本阶段不含市场）", "unknown"],
  ])("%s: %s", (heading, status) => {
    const src = lines("# Plan", "", heading, "", "x", "", "## Phase 2 — Next", "", "y");
    expect(parseRoadmap(src).milestones[0]?.status.value).toBe(status);
  });
});

describe("statuses the round-10 tuning set showed missing (S1, S2)", () => {
  const statuses = (src: string) => parseRoadmap(src).milestones.map((m) => `${m.id} ${m.status.value}`);
  const bucketOver = (head: string) => statuses(lines("# R", "", `## ${head}`, "", "### Phase 1: a", "- [ ] a", "", "### Phase 2: b", "- [ ] b"));

  it("a unit's first sub-heading stating its status as a field (`## Статус: завершён`, `### Status: Done`)", () => {
    const src = lines("# Game", "", "# STAGE 01 — Prototype", "", "## Статус: завершён", "", "### Реализовано", "- a", "", "# STAGE 02 — Map", "", "## Status: planned", "", "- b", "", "# STAGE 03 — Combat", "", "## Notes", "", "- c");
    expect(statuses(src)).toEqual(["Stage 1 done", "Stage 2 planned", "Stage 3 unknown"]);
  });

  it("a status before a full-width bracket (`P0 - 已完成（上线即有）`), and `后续` with its noun (`P2 - 后续迭代（上线后 1-2 个月）`)", () => {
    const src = lines("# 路线图", "", "## P0 - 已完成（上线即有）", "- [x] a", "", "## P1 - 进行中", "- [ ] b", "", "## P2 - 后续迭代（上线后 1-2 个月）", "- [ ] c");
    expect(statuses(src)).toEqual(["P0 done", "P1 in_progress", "P2 planned"]);
  });

  it("a noun then the status, as languages with the adjective after the noun write a bucket", () => {
    expect(bucketOver("Fonctionnalités prévues")).toEqual(["Phase 1 planned", "Phase 2 planned"]);
    expect(bucketOver("Funcionalidades planejadas")).toEqual(["Phase 1 planned", "Phase 2 planned"]);
    expect(bucketOver("Funcionalidades completadas (v1)")).toEqual(["Phase 1 done", "Phase 2 done"]);
    expect(bucketOver("Milestones completed")).toEqual(["Phase 1 done", "Phase 2 done"]);
    expect(bucketOver("🚀 الميزات المخططة (حسب الأولوية)")).toEqual(["Phase 1 planned", "Phase 2 planned"]);
    expect(bucketOver("Work in progress")).toEqual(["Phase 1 in_progress", "Phase 2 in_progress"]);
    // Not a gerund naming a step, a negation, a time word, or more than one word before the status.
    for (const head of ["Going live", "Not planned", "Pas prévu", "Features now", "Not Planned for Now", "Our big features planned"]) expect(bucketOver(head)).toEqual(["Phase 1 unknown", "Phase 2 unknown"]);
    // A singular name before a status names a milestone (review of round 10): `Feature complete`, `Beta Released`.
    // In other languages the noun before the status needs no plural ending (second review).
    for (const [head, status] of [["Funzionalità pianificate", "planned"], ["Funktionen geplant", "planned"], ["Funkcje planowane", "planned"], ["Задачи в работе", "in_progress"], ["Λειτουργίες σε εξέλιξη", "in_progress"]] as const)
      expect(bucketOver(head)).toEqual([`Phase 1 ${status}`, `Phase 2 ${status}`]);
    // Round 12's English words too (review): `Design finalized`, `Account suspended`, `Coverage in test`.
    for (const head of ["Feature complete", "Code Complete", "Beta Released", "Launch planned", "Search shipped", "Design finalized", "Account suspended", "Coverage in test"]) {
      expect(classifyUnit(head)?.kind, head).not.toBe("bucket");
      expect(bucketOver(head)).toEqual(["Phase 1 unknown", "Phase 2 unknown"]);
    }
  });

  it("`after the release` is a time, not a status (`출시 후 1개월`, `上线后`, `リリース後`)", () => {
    for (const text of ["출시 후 1개월", "上线后 2 周", "リリース後"]) expect(readStatusText(text)).toBeUndefined();
    // A word that opens with 后 is not `after` (`后端` backend, `后台` admin console): review of round 10.
    for (const text of ["已完成后端开发", "已上线后台"]) expect(readStatusText(text)?.value).toBe("done");
    // ...but particles after `after` keep it a time (second review): `출시 후에`, `완료 후로`, `完成后再讨论`.
    for (const text of ["출시 후에 모바일 앱 지원", "완료 후로 연기", "베타 출시 이후에 검토", "完成后再讨论", "完成後的工作"]) expect(readStatusText(text)).toBeUndefined();
    expect(readStatusText("출시 완료")?.value).toBe("done");
    expect(readStatusText("后续")?.value).toBe("planned");
    const src = lines("# R", "", "## 업데이트 계획", "", "### Version 1.1 (출시 후 1개월)", "- a", "", "### Version 1.2 (출시 후 2개월)", "- b");
    expect(statuses(src)).toEqual(["Version 1.1 planned", "Version 1.2 planned"]);
  });
  it("Persian horizons joined by a zero-width non-joiner (`هم‌اکنون`, `به‌زودی`) are horizons (second review)", () => {
    const src = lines("# نقشه راه", "", "## هم‌اکنون", "", "- **جستجو** — الف", "", "## به‌زودی", "", "- **همگام‌سازی** — ب", "", "## میان‌مدت", "", "- **افزونه‌ها** — ج");
    expect(statuses(src)).toEqual(["1 in_progress", "2 planned", "3 planned"]);
  });

  it("horizons `Further out` and `Being considered next` (L1): a plan in two horizons is a sequence", () => {
    const src = lines("# Roadmap", "", "## Being considered next", "", "**Search** — a", "", "## Further out", "", "**Sync** — b", "", "## Not planned", "", "- c");
    expect(statuses(src)).toEqual(["1 planned", "2 planned"]);
    expect(classifyUnit("Longer term")).toMatchObject({ kind: "horizon", status: "planned" });
  });
  it("a version noted as the current or latest release is out: done (`Version 1.2 (Current Release)`); `current` alone is in progress", () => {
    const src = lines("# R", "", "## Version 1.2 (Current Release)", "- a", "", "## Version 2.0 (current)", "- b", "", "## Version 3.0", "- c");
    expect(statuses(src)).toEqual(["Version 1.2 done", "Version 2.0 in_progress", "Version 3.0 unknown"]);
    expect(statuses(src.replace("(Current Release)", "[latest release]"))[0]).toBe("Version 1.2 done");
    // Only as a note on a version (review of round 10): a `## Current release` bucket is the work of now,
    // `(latest stable)` is a target, and a sentence about the latest release states nothing of the unit.
    const bucket = lines("# R", "", "## Current release (v1.4)", "- **Phase 3**: Plugin API", "- **Phase 4**: Theming", "", "## Next release", "- **Phase 5**: Sync");
    expect(statuses(bucket)).toEqual(["Phase 3 in_progress", "Phase 4 in_progress", "Phase 5 planned"]);
    expect(statuses(lines("# R", "", "## Phase 1: A", "- a", "", "## Phase 2: Compatibility (latest stable)", "- b"))).toEqual(["Phase 1 unknown", "Phase 2 unknown"]);
    // A phase in the current release is work of now (second review): the note counts on a version only.
    expect(statuses(lines("# R", "", "## Phase 1: Core (current release)", "- a", "", "## Phase 2: Sync", "- b"))).toEqual(["Phase 1 in_progress", "Phase 2 unknown"]);
    expect(statuses(lines("# R", "", "## Phase 1: A", "Status: Upgrade to the latest release of React. Not started yet.", "", "## Phase 2: B", "- b"))[0]).toBe("Phase 1 planned");
    expect(readStatusText("当前版本尚未 Release Ready")?.value).not.toBe("done");
  });
  it("a Status value's first sentence states the status; later sentences are prose about it", () => {
    const src = lines("# R", "", "## v0.4: A", "", "Status: done.", "", "## v0.5: B", "", "Current status: later candidate only. Do not treat these items as active work.", "", "## v0.6: C", "", "Status: planned / in progress");
    expect(statuses(src)).toEqual(["v0.4 done", "v0.5 planned", "v0.6 in_progress"]);
  });
});
