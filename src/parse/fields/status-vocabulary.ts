import type { Status } from "../../model/status.js";

type Known = Exclude<Status, "unknown">;

/**
 * Status words and markers (LABELING.md S2), English and ten other languages.
 * Latin-script words match on word boundaries; CJK and Hangul phrases match as substrings.
 */
export const STATUS_PHRASES: Readonly<Record<Known, readonly string[]>> = {
  done: [
    "done", "complete", "completed", "finished", "shipped", "delivered", "released", "published", "live",
    "closed", "achieved", "implemented", "verified", "deployed", "ok", "fully complete", "merged",
    "concluído", "concluída", "concluido", "concluida", "completo", "completa", "entregue", "publicado",
    "completado", "terminado", "hecho", "entregado",
    "terminé", "fait", "livré", "publié", "terminée", "réalisé", "réalisée", "réalisés", "achevé", "achevée",
    "abgeschlossen", "erledigt", "fertig", "geliefert", "umgesetzt",
    "completato", "fatto",
    "klaar", "afgerond",
    "klar", "färdig",
    "готово", "завершено", "выполнено", "сделано",
    "zakończone", "gotowe",
    "已完成", "完成", "已发布", "已上线", "已实现",
    "完了", "済み",
    "완료",
    "hoàn thành", "đã xong",
  ],
  in_progress: [
    "in progress", "in-progress", "inprogress", "in_progress", "active", "current", "now", "ongoing", "continuous", "wip",
    "started", "partial", "partially done", "partially complete", "underway", "under way", "current focus",
    "this milestone", "current quarter", "gap closure", "in development", "in dev", "doing", "in review",
    "em progresso", "em andamento", "em desenvolvimento",
    "en progreso", "en curso", "en desarrollo",
    "en cours",
    "in arbeit", "in bearbeitung", "aktiv",
    "in corso",
    "bezig",
    "pågår", "under utveckling",
    "в работе", "сейчас", "текущий", "в процессе",
    "w toku",
    "进行中", "当前", "開発中", "开发中", "正在进行",
    "進行中", "対応中",
    "진행 중", "진행중", "현재",
    "đang thực hiện", "đang làm",
  ],
  planned: [
    "planned", "planning", "not started", "not_started", "not yet started", "todo", "to do", "to-do", "pending", "next",
    "upcoming", "later", "future", "proposed", "idea", "ideas", "backlog", "research", "investigation",
    "scheduled", "post-launch", "short term", "short-term", "medium term", "medium-term", "mid-term",
    "long term", "long-term", "not yet",
    "planejado", "planejada", "proposto", "próximo", "próxima", "próximas versões", "próximas", "próximos passos",
    "planificado", "pendiente", "en investigación", "próximos pasos",
    "prévu", "planifié", "à venir", "prochaines étapes", "à faire",
    "geplant", "offen", "zukünftig", "nächste schritte",
    "pianificato",
    "gepland",
    "planerad",
    "запланировано", "не начато", "планируется",
    "planowane",
    "计划", "待办", "未开始", "短期", "中期", "长期", "近期", "规划中", "待定",
    "予定", "未着手",
    "예정", "계획",
    "chưa bắt đầu", "dự kiến",
  ],
  blocked: [
    "blocked", "on hold", "on-hold", "on_hold", "paused", "deferred", "postponed", "waiting",
    "adiado", "aplazado", "en pausa", "reporté", "en attente", "zurückgestellt", "pausiert",
    "отложено", "延后", "暂缓", "搁置", "保留", "보류",
  ],
  cancelled: [
    "cancelled", "canceled", "dropped", "abandoned", "won't do", "wont do", "won’t do", "removed", "rejected",
    "superseded", "permanently deferred", "obsolete",
    "cancelado", "cancelada", "annulé", "abgebrochen", "verworfen", "отменено", "取消", "放弃", "中止", "취소",
  ],
};

/** Status emoji that mean the same in every document (traffic lights are not among them). */
export const STATUS_EMOJI: Readonly<Record<Known, readonly string[]>> = {
  done: ["✅", "✔", "✓", "☑", "🎉"],
  in_progress: ["🔄", "🚧", "🔨", "🛠", "◐", "⚙", "🏗"],
  planned: ["📋", "⏳", "🔲", "⬜", "☐", "⏭", "💡", "🗓", "📅"],
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
