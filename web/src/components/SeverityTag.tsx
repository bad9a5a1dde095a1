/** A severity level as a tag: I 特别重大 (red), II 重大 (orange), III 较大 (yellow), IV 一般 (blue), as on the severity settings. */
import { Tag } from 'antd';
import { isSeverityLevel, severityLabels } from '../../../src/severity/levels.js';
import { useI18n } from '../i18n/index.js';

export function SeverityTag({ level, large = false }: { level: number; large?: boolean }) {
  const { lang } = useI18n();
  if (!isSeverityLevel(level)) return null;
  const l = severityLabels[level];
  return (
    <Tag
      color={l.colour}
      data-testid="severity-tag"
      data-level={level}
      style={large ? { fontSize: 16, padding: '4px 10px', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}
    >
      {l.numeral} {l[lang]}
    </Tag>
  );
}
