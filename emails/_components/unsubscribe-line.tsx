import { Link, Text } from "@react-email/components";
import { styles } from "./email-layout";

/** The footer's one-click unsubscribe line, when the send gave this recipient a signed link. */
export function UnsubscribeLine({ url }: { url?: string }) {
  if (!url) return null;
  return (
    <Text style={styles.footerText}>
      Do not want these e-mails? <Link href={url}>Unsubscribe</Link>.
    </Text>
  );
}
