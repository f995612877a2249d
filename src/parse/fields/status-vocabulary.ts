import type { Status } from "../../model/status.js";

type Known = Exclude<Status, "unknown">;

/**
 * Status words and markers (LABELING.md S2): its fourteen languages, then the further languages
 * of the sequence vocabulary (Ukrainian, Turkish, Indonesian, Czech, Finnish, Greek, Hungarian,
 * Romanian, Danish, Norwegian, Arabic, Hebrew, Hindi, Thai, Persian).
 * Latin-script words match on word boundaries; CJK and Hangul phrases match as substrings.
 */
export const STATUS_PHRASES: Readonly<Record<Known, readonly string[]>> = {
  done: [
    "done", "complete", "completed", "finished", "shipped", "delivered", "released", "published", "live",
    "closed", "achieved", "implemented", "verified", "deployed", "ok", "fully complete", "merged", "available now",
    "concluído", "concluída", "concluido", "concluida", "completo", "completa", "entregue", "publicado",
    "completado", "terminado", "hecho", "entregado",
    "concluídos", "concluídas", "completos", "completas", "entregues", "publicados", "publicadas", "implementado", "implementados", "implementadas",
    "completada", "completados", "completadas", "terminada", "terminados", "terminadas", "entregada", "entregados", "implementada",
    "terminé", "fait", "livré", "publié", "terminée", "réalisé", "réalisée", "réalisés", "réalisées", "achevé", "achevée", "achevés", "achevées", "terminés", "terminées", "livrés", "livrées", "livrée", "publiés", "publiées", "implémenté", "implémentés", "implémentées",
    "abgeschlossen", "erledigt", "fertig", "geliefert", "umgesetzt",
    "completato", "fatto", "completata", "completati", "completate", "concluso", "conclusi", "terminato", "terminati", "rilasciato", "rilasciati", "implementato", "implementati",
    "klaar", "afgerond", "voltooid", "gereed", "opgeleverd",
    "klar", "färdig", "klart", "färdigt", "avklarad", "avklarat", "levererad", "levererat",
    "готово", "завершено", "выполнено", "сделано", "завершён", "завершен", "выполнен", "реализовано", "опубликовано", "опубликован", "опубликована", "опубликованная", "опубликованные", "выпущено", "выпущен",
    "zakończone", "gotowe", "zrobione", "ukończone", "wdrożone", "zakończony",
    "已完成", "完成", "已发布", "已上线", "已实现", "已發布", "已上線", "已實現", "已交付", "就绪", "已就绪", "就緒", "已就緒", "已做",
    "完了", "済み", "完了済み", "実装済み", "リリース済み", "利用可能",
    "완료", "출시 완료", "배포 완료", "구현 완료", "개발 완료", "출시됨", "출시",
    "hoàn thành", "đã xong", "đã hoàn thành", "xong",
    "виконано", "зроблено",
    "tamamlandı", "tamamlanan", "bitti", "yayınlandı",
    "selesai", "rampung", "dirilis", "telah dirilis", "sudah dirilis", "hotovo", "dokončeno", "valmis", "ολοκληρώθηκε", "ολοκληρωμένο", "kész", "befejezve", "elkészült",
    "finalizat", "finalizată", "færdig", "udført", "ferdig", "fullført", "مكتمل", "منجز", "المكتملة", "مكتملة", "المنجزة", "הושלם", "בוצע", "पूर्ण", "पूरा हुआ",
    "เสร็จสิ้น", "เสร็จแล้ว", "انجام شد", "تکمیل شده",
    // Round 12: common equivalents LABELING.md S2 asks for, written from the languages, not from
    // documents; kept out where the word also commonly means something else in a heading: `lista`
    // (a list), `parada` (a stop), `eingestellt` (configured), `hechos` (facts), `verschoben`
    // (moved), `landed` (landed cost), `delayed` (delayed jobs; late is not blocked), `en marcha`
    // (puesta en marcha), `por definir` (TBD), 達成 (a goal to reach), 未定 and 不做 (a date to be
    // fixed; a not-doing section); CJK and Hangul phrases match inside compounds, so none that opens
    // one (实现中文, 测试中心, 推进中文, 作業中断, テスト中心, 테스트 중복, 작업 중단), nor a feature's name (暂停/恢复, 一時停止機能, 废弃 API,
    // 不再支持 Python 2: planned work), nor a settled compatibility state (未対応, 部分支持, 一部対応).
    "finalized", "finalised", "rolled out", "accomplished",
    "listo", "listos", "finalizado", "finalizada", "finalizados", "finalizadas", "hecha",
    "feito", "feita", "feitos", "feitas", "lançado", "lançada", "implantado", "implantada",
    "fini", "finie", "finis", "finies", "déployé", "déployée", "validé", "validée", "clôturé",
    "fertiggestellt", "implementiert", "veröffentlicht", "ausgeliefert", "erreicht",
    "finito", "finita", "rilasciata", "implementata", "pubblicato",
    "gedaan", "geïmplementeerd", "uitgebracht", "gepubliceerd",
    "готов", "готова", "готовы", "завершена", "завершены", "выполнена", "выполнены", "сделан", "сделана", "реализован", "реализована", "реализованы", "внедрено",
    "已支持", "已合并", "已部署", "已落地", "已結束", "已结束", "已合併", "已支援",
    "実装完了", "公開済み",
    "완료됨", "배포됨", "구현됨",
  ],
  in_progress: [
    "in progress", "in-progress", "inprogress", "in_progress", "active", "current", "now", "ongoing", "continuous", "wip",
    "started", "partial", "partially done", "partially complete", "mostly done", "mostly complete", "almost done",
    "nearly done", "nearly complete", "largely done", "underway", "under way", "current focus",
    "this milestone", "this step", "this phase", "this stage", "this iteration", "this sprint", "current quarter", "gap closure", "in development", "in dev", "doing", "in review",
    "in flight", "in the works", "work in progress",
    "em progresso", "em andamento", "em desenvolvimento",
    "en progreso", "en curso", "en desarrollo",
    "en cours",
    "in arbeit", "in bearbeitung", "aktiv",
    "in corso", "in sviluppo", "in lavorazione",
    "bezig", "in uitvoering", "in ontwikkeling",
    "pågår", "under utveckling", "pågående", "påbörjad", "påbörjat",
    "в работе", "сейчас", "текущий", "в процессе", "в тестировании", "на тестировании", "в разработке",
    "w toku", "w trakcie", "w realizacji",
    "进行中", "当前阶段", "當前階段", "当前", "開発中", "开发中", "正在进行", "部分完成", "已部分完成", "大部分完成", "大部分已完成", "部分就绪", "部分就緒", "當前", "開發中", "目前進行", "實作中", "正在進行",
    "進行中", "対応中", "実装中", "現在の重点", "現在フェーズ", "現在のフェーズ", "一部完了", "部分的に完了", "継続中", "一部利用可能",
    "진행 중", "진행중", "현재", "개발 중", "개발중",
    "đang thực hiện", "đang làm", "đang tiến hành", "đang phát triển",
    "в роботі", "у роботі", "у процесі", "триває",
    "devam ediyor", "sürüyor", "geliştiriliyor", "yapılıyor",
    "sedang berjalan", "dalam pengerjaan", "probíhá", "rozpracováno", "käynnissä", "työn alla", "σε εξέλιξη", "folyamatban",
    "în curs", "în lucru", "i gang", "قيد التنفيذ", "قيد التطوير", "בתהליך", "בעבודה", "प्रगति में", "जारी",
    "กำลังดำเนินการ", "در حال انجام", "در دست اقدام",
    "in testing", "under development", "under review", "being worked on", "in design", "in qa", "in implementation", "under construction", "under active development", "in active development", "partially implemented", "half done",
    "en pruebas", "en revisión", "en proceso", "en construcción", "en implementación",
    "em teste", "em testes", "em revisão", "em construção", "em implementação", "em execução", "em curso",
    "en test", "en tests", "en revue", "en construction", "en développement", "en réalisation",
    "in entwicklung", "in umsetzung", "in prüfung", "im test", "teilweise umgesetzt",
    "in revisione", "in costruzione", "in test",
    "in behandeling", "gedeeltelijk",
    "разрабатывается", "в реализации", "частично", "реализуется", "тестируется",
    "迭代中", "正在开发", "正在開發", "部分实现", "部分實現",
    "検証中", "レビュー中",
  ],
  planned: [
    "planned", "planning", "not started", "not_started", "not yet started", "todo", "to do", "to-do", "pending", "next",
    "upcoming", "later", "future", "proposed", "idea", "ideas", "backlog", "research", "investigation",
    "scheduled", "post-launch", "short term", "short-term", "medium term", "medium-term", "mid-term",
    "long term", "long-term", "not yet", "on deck", "coming up", "next up", "up next", "under consideration",
    "planejado", "planejada", "planejados", "planejadas", "planeado", "planeados", "proposto", "propostos", "ideia", "ideias", "futuro", "futur", "próximo", "próxima", "próximas versões", "próximas", "próximos passos",
    "planificado", "planificada", "planificados", "planificadas", "pendiente", "pendientes", "previsto", "previstos", "previstas", "en investigación", "próximos pasos",
    "prévu", "prévue", "prévus", "prévues", "planifié", "planifiée", "planifiés", "planifiées", "idée", "idées", "à venir", "prochaines étapes", "à faire",
    "geplant", "offen", "idee", "ideen", "zukünftig", "nächste schritte",
    "pianificato", "pianificata", "pianificati", "pianificate", "da fare", "previsti", "previste",
    "gepland", "te doen",
    "planerad", "planerat", "planerade", "kommande",
    "запланировано", "не начато", "планируется", "в плане", "в планах", "дальняя перспектива", "в перспективе",
    "planowane", "planowany", "do zrobienia", "do rozpoczęcia",
    "计划", "待办", "未开始", "未完成", "尚未完成", "未做", "未实现", "尚未实现", "未就绪", "尚未就绪", "待就绪", "未就緒", "尚未就緒", "未實現", "尚未實現", "短期", "中期", "长期", "近期", "规划中", "计划中", "待定", "已规划", "下一版", "下一版本", "下个版本", "后续",
    "計劃", "計畫", "待辦", "未開始", "長期", "規劃中", "計劃中", "計畫中", "已規劃", "下個版本", "即將到來", "即将到来", "未来", "未來", "後續",
    "予定", "未着手", "計画中", "検討中", "近い将来", "将来", "利用可能予定", "近日利用可能", "未完了", "完了予定",
    "예정", "계획", "미착수", "예정됨", "향후", "추후", "출시 예정", "출시예정", "미래", "장기", "중기", "단기",
    "chưa bắt đầu", "dự kiến", "sắp tới",
    "заплановано", "не розпочато", "планується",
    "planlandı", "planlanan", "planlanıyor", "başlanmadı", "yapılacak",
    "direncanakan", "belum dimulai", "plánováno", "naplánováno", "suunniteltu", "σχεδιασμένο", "προγραμματισμένο", "tervezett",
    "planificat", "planlagt", "مخطط", "مخططة", "المخططة", "المخطط لها", "لم يبدأ", "מתוכנן", "טרם החל", "नियोजित", "योजनाबद्ध", "วางแผน", "ยังไม่เริ่ม",
    "برنامه‌ریزی شده", "شروع نشده",
    // Not "TBD": a placeholder for a date, an owner or a plan (`| Plans | TBD |`), not a status.
    "nicht implementiert", "noch nicht implementiert", "nicht umgesetzt", "noch nicht umgesetzt", "non implementato", "non ancora implementato",
    "не готов", "не готова", "не реализован", "не реализована", "не сделан", "не сделано",
    "to be done", "icebox", "someday", "not yet implemented", "not implemented", "unstarted", "queued", "in planning",
    "por hacer", "sin empezar", "no iniciado", "no iniciada", "en planificación",
    "a fazer", "por fazer", "pendente", "pendentes", "não iniciado", "não iniciada", "em planejamento",
    "à l'étude", "en réflexion", "non commencé", "pas commencé", "en planification", "à planifier",
    "in planung", "ausstehend", "nicht begonnen", "noch offen", "vorgesehen", "angedacht", "künftig",
    "in programma", "da iniziare", "non iniziato", "in pianificazione",
    "nog niet gestart", "toekomstig",
    "не начат", "не начата", "не начаты", "не реализовано",
    "待开发", "待開發", "待实现", "待實現", "待实施", "待實施", "待开始", "待開始", "待处理", "待處理", "待规划", "待規劃", "筹备中", "籌備中", "构思中", "構思中",
    "未実装", "着手前",
    "계획됨", "미구현", "검토 예정",
  ],
  blocked: [
    "blocked", "on hold", "parked", "on-hold", "on_hold", "paused", "deferred", "postponed", "waiting",
    "adiado", "aplazado", "en pausa", "reporté", "en attente", "zurückgestellt", "pausiert",
    "延後", "暫緩", "擱置", "отложено", "wstrzymane", "in attesa", "sospeso", "uppskjuten", "pausad", "延后", "暂缓", "搁置", "保留", "보류",
    "tạm dừng", "відкладено", "призупинено", "beklemede", "ertelendi",
    "ditunda", "odloženo", "pozastaveno", "keskeytetty", "σε αναμονή", "felfüggesztve", "amânat", "udsat", "utsatt", "معلق", "מושהה", "स्थगित",
    // Not "frozen" (a frozen protocol or API is settled), nor 阻塞/受阻 (they title blocker lists).
    "stalled", "suspended",
    "bloqueado", "bloqueada", "en espera", "suspendido", "suspendida", "pausado", "pausada", "detenido",
    "em espera", "suspenso", "suspensa", "parado",
    "bloqué", "bloquée", "en pause", "suspendu", "suspendue",
    "blockiert", "ausgesetzt", "gestoppt", "angehalten",
    "bloccato", "bloccata", "in pausa", "rimandato",
    "geblokkeerd", "uitgesteld", "gepauzeerd",
    "заблокировано", "приостановлено", "на паузе",
    "已暂停", "已暫停", "延期", "推迟", "推遲",
    "停止中",
    "연기됨",
  ],
  cancelled: [
    "cancelled", "canceled", "dropped", "abandoned", "won't do", "wont do", "won’t do", "removed", "rejected",
    "superseded", "permanently deferred", "obsolete",
    "cancelado", "cancelada", "annulé", "abgebrochen", "verworfen", "отменено", "取消", "放弃", "放棄", "中止", "継続中止", "취소",
    "annullato", "geannuleerd", "avbruten", "anulowane", "đã hủy", "скасовано", "iptal edildi",
    "dibatalkan", "zrušeno", "peruttu", "ακυρώθηκε", "törölve", "anulat", "annulleret", "avlyst", "ملغى", "בוטל", "रद्द", "ยกเลิก", "لغو شد",
    // Not "not planned" and its kin: a `## Not planned` section is a not-doing list (L5), not a bucket.
    "won't fix", "wontfix", "discontinued", "descoped",
    "descartado", "descartada", "abandonado", "abandonada", "cancelados",
    "abandonné", "abandonnée", "annulée",
    "gestrichen", "abgesagt", "storniert",
    "annullata", "abbandonato", "scartato", "cancellato",
    "geschrapt", "vervallen", "afgelast",
    "отменён", "отменен", "отменена",
    "已废弃", "已廢棄", "已放弃", "已放棄",
    "取り下げ", "見送り",
    "중단됨",
  ],
};

/** Status emoji that mean the same in every document (traffic lights are not among them). */
export const STATUS_EMOJI: Readonly<Record<Known, readonly string[]>> = {
  done: ["✅", "✔", "✓", "☑", "🎉"],
  in_progress: ["🔄", "🚧", "🔨", "🛠", "◐", "⚙", "🏗"],
  planned: ["📋", "⏳", "⌛", "🔜", "🔲", "⬜", "☐", "⏭", "💡", "🗓", "📅"],
  blocked: ["⏸", "⛔", "🛑"],
  cancelled: ["❌", "🚫", "✖", "✗"],
};

/** Emoji that mean a status only where the document's own legend gives them one. */
export const LEGEND_ONLY_EMOJI = ["🟢", "🟡", "🔴", "🟠", "🔵", "⚪", "⚫", "🟣", "🔮", "🎯", "🏁", "📌", "🔧", "⭐"] as const;

/** Which of two stated statuses is "more advanced" when one source mixes them (S4). */
export const STATUS_RANK: Readonly<Record<Status, number>> = {
  unknown: 0,
  planned: 1,
  cancelled: 2,
  blocked: 3,
  in_progress: 4,
  done: 5,
};
