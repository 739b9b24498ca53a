import { db } from "@/lib/db";

/** The batch-prep sessions of the person's latest plan, with minutes per session. */
export async function getPrepPlan(userId: string) {
  const plan = await db.mealPlan.findFirst({
    where: { userId, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: {
      weekStart: true,
      prepTasks: {
        orderBy: { position: "asc" },
        select: { id: true, sessionDay: true, sessionLabel: true, description: true, minutes: true },
      },
    },
  });
  if (!plan) return null;
  const sessions: { day: number; label: string; minutes: number; tasks: typeof plan.prepTasks }[] = [];
  for (const task of plan.prepTasks) {
    let session = sessions.find((s) => s.day === task.sessionDay && s.label === task.sessionLabel);
    if (!session) {
      session = { day: task.sessionDay, label: task.sessionLabel, minutes: 0, tasks: [] };
      sessions.push(session);
    }
    session.tasks.push(task);
    session.minutes += task.minutes;
  }
  return { weekStart: plan.weekStart.toISOString().slice(0, 10), sessions };
}
