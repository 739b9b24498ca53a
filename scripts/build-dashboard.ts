/** `npm run ops:dashboard`: writes ops/grafana/phase3-dashboard.json from its typed definition. */
import { writeFileSync } from "node:fs";
import { buildPhase3Dashboard } from "@/ops/grafana/phase3-dashboard";

const path = "ops/grafana/phase3-dashboard.json";
writeFileSync(path, `${JSON.stringify(buildPhase3Dashboard(), null, 2)}\n`);
console.log(`wrote ${path}`);
