import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

export interface EmailLayoutProps {
  /** The inbox preview line; clients show it next to the subject. */
  preview: string;
  children: ReactNode;
  /** Small print under the rule: why the person got this e-mail and how to stop it. */
  footer: ReactNode;
}

/** The frame every e-mail shares. Inline styles only: most mail clients drop `<style>` blocks. */
export function EmailLayout({ preview, children, footer }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Meal Planner</Text>
          <Section>{children}</Section>
          <Hr style={styles.rule} />
          <Section style={styles.footer}>{footer}</Section>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  body: {
    backgroundColor: "#f5f5f4",
    fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    margin: 0,
    padding: "24px 0",
  },
  container: {
    backgroundColor: "#ffffff",
    border: "1px solid #e7e5e4",
    borderRadius: "8px",
    margin: "0 auto",
    maxWidth: "560px",
    padding: "32px",
  },
  brand: { color: "#15803d", fontSize: "14px", fontWeight: 700, margin: "0 0 16px" },
  heading: { color: "#1c1917", fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" },
  subheading: { color: "#1c1917", fontSize: "16px", margin: "24px 0 8px" },
  text: { color: "#292524", fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" },
  listItem: { color: "#292524", fontSize: "15px", lineHeight: "24px", margin: "0 0 4px" },
  fact: { color: "#292524", fontSize: "15px", lineHeight: "22px", margin: "0 0 6px" },
  button: {
    backgroundColor: "#15803d",
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  link: { color: "#15803d", textDecoration: "underline" },
  rule: { borderColor: "#e7e5e4", margin: "24px 0 16px" },
  footer: { color: "#78716c" },
  footerText: { color: "#78716c", fontSize: "12px", lineHeight: "18px", margin: "0 0 6px" },
} satisfies Record<string, CSSProperties>;
