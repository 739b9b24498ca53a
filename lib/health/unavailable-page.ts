/**
 * The page people get when the database cannot be reached: plain HTML with no script and inline styles only,
 * so it renders whatever else is down. The same words as `app/error.tsx`.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "We can't reach our database; try again in a minute.";

export function databaseUnavailableHtml(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Meal Planner</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #292524;">
<h1 style="font-size: 1.5rem;">Meal Planner is taking a short break</h1>
<p>${DATABASE_UNAVAILABLE_MESSAGE}</p>
<p><a href="" style="color: #15803d;">Try again</a></p>
</body>
</html>`;
}
