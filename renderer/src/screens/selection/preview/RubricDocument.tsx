import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scaleRange, type Criterion, type Rubric } from '../../../../../shared/selection/rubric';
import type { SelectionSetup, Stage } from '../../../../../shared/selection/selection';
import { useEditor } from '../editor-context';
import { formatPercent, formatPercentRange, formatRange, formatValue } from '../format';

interface Props {
  setup: SelectionSetup;
  stage: Stage;
  /** Heading level of the stage title: 1 when the document is the page, 2 inside a tab. */
  order: 1 | 2;
}

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder fz="sm">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={300}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ScaleCell({ c }: { c: Criterion }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  if (c.scale.type === 'numeric') {
    return (
      <>{t('setup.preview.numericScale', { range: formatRange(c.scale.min, c.scale.max, lang), step: formatValue(c.scale.step, lang) })}</>
    );
  }
  const r = scaleRange(c.scale);
  return <>{t('setup.scale.levelsSummary', { range: formatRange(r.min, r.max, lang), count: c.scale.levels.length })}</>;
}

function LevelsTable({ c, order }: { c: Criterion; order: 1 | 2 }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  if (c.scale.type !== 'levels') return null;
  return (
    <Stack gap={4} className="panelis-keep">
      <Title order={order === 1 ? 3 : 4} size="h6">
        {t('setup.preview.levelsOf', { criterion: c.code ? `${c.code} ${c.name}` : c.name })}
      </Title>
      <Table withTableBorder withColumnBorders layout="fixed" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('setup.levels.value')}</Table.Th>
            <Table.Th w={180}>{t('setup.levels.label')}</Table.Th>
            <Table.Th>{t('setup.levels.descriptor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.scale.levels.map((l, i) => (
            <Table.Tr key={i}>
              <Table.Td>{formatValue(l.value, lang)}</Table.Td>
              <Table.Td>{l.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{l.descriptor || t('setup.preview.noDescriptor')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function CriteriaTable({ rubric }: { rubric: Rubric }) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const weighted = rubric.combine === 'weighted';
  const withAspects = rubric.aspects.length > 0;
  const aspect = (id: string | null) => rubric.aspects.find((a) => a.id === id);
  return (
    <Table withTableBorder withColumnBorders fz="sm" data-testid="preview-criteria">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('setup.criteria.code')}</Table.Th>
          <Table.Th>{t('setup.criteria.name')}</Table.Th>
          {withAspects && <Table.Th>{t('setup.criteria.aspect')}</Table.Th>}
          {weighted && <Table.Th w={90}>{withAspects ? t('setup.preview.weightInAspect') : t('setup.criteria.weight')}</Table.Th>}
          {weighted && withAspects && <Table.Th w={90}>{t('setup.preview.weightInStage')}</Table.Th>}
          <Table.Th w={150}>{t('setup.preview.scale')}</Table.Th>
          <Table.Th w={90}>{t('setup.preview.minimum')}</Table.Th>
          <Table.Th w={110}>{t('setup.preview.justification')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rubric.criteria.map((c) => {
          const a = aspect(c.aspectId);
          return (
            <Table.Tr key={c.id}>
              <Table.Td fw={600}>{c.code}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                {c.description && (
                  <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.description}
                  </Text>
                )}
              </Table.Td>
              {withAspects && <Table.Td>{a?.name ?? t('setup.criteria.aspectNone')}</Table.Td>}
              {weighted && <Table.Td>{formatPercent(c.weight, lang)}</Table.Td>}
              {weighted && withAspects && <Table.Td>{a ? formatPercent((a.weight * c.weight) / 100, lang) : '—'}</Table.Td>}
              <Table.Td>
                <ScaleCell c={c} />
              </Table.Td>
              <Table.Td>{c.minimum === null ? '—' : formatValue(c.minimum, lang)}</Table.Td>
              <Table.Td>{c.justificationRequired ? t('setup.preview.justificationYes') : t('setup.preview.justificationNo')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** A stage's rubric as it will be published before scoring: read-only, print-friendly. */
export function RubricDocument({ setup, stage, order }: Props) {
  const { t } = useTranslation();
  const { lang } = useEditor();
  const index = setup.stages.findIndex((s) => s.id === stage.id) + 1;
  const rubric = stage.rubric;
  const facts: [string, string][] = [
    [t('setup.preview.stageKind'), stage.kind === 'gate' ? t('setup.stages.gate') : t('setup.stages.scored')],
    ...(stage.kind === 'scored' ? ([[t('setup.preview.stageWeight'), formatPercent(stage.weight, lang)]] as [string, string][]) : []),
    ...(stage.weightGuide
      ? ([
          [
            t('setup.preview.guide'),
            `${formatPercentRange(stage.weightGuide.min, stage.weightGuide.max, lang)} (${stage.weightGuide.source})`,
          ],
        ] as [string, string][])
      : []),
    [t('setup.preview.eliminates'), stage.eliminates ? t('setup.preview.eliminatesYes') : t('setup.preview.eliminatesNo')],
    [t('setup.stages.source'), stage.source === 'external' ? t('setup.stages.sourceExternal') : t('setup.stages.sourcePanel')],
  ];
  if (rubric) {
    facts.push([
      t('setup.rubric.combine'),
      rubric.combine === 'sum'
        ? t('setup.preview.combineSum', { max: formatValue(stage.maxTotal ?? 0, lang) })
        : t('setup.preview.combineWeighted'),
    ]);
    facts.push([
      t('setup.preview.threshold'),
      rubric.threshold === null ? t('setup.preview.noThreshold') : formatValue(rubric.threshold, lang),
    ]);
  }
  const levelled = rubric?.criteria.filter((c) => c.scale.type === 'levels') ?? [];
  return (
    <Stack gap="md" data-testid="rubric-document">
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {[setup.agency, setup.title].filter(Boolean).join(' — ')}
        </Text>
        <Title order={order} size="h3">
          {t('setup.preview.stageTitle', { n: index, stage: stage.name })}
        </Title>
      </Stack>
      <Facts rows={facts} />
      {!rubric ? (
        <Text size="sm">{t('setup.preview.gateNoRubric')}</Text>
      ) : rubric.criteria.length === 0 ? (
        <Text size="sm">{t('setup.preview.noCriteria')}</Text>
      ) : (
        <>
          {rubric.aspects.length > 0 && rubric.combine === 'weighted' && (
            <Facts rows={rubric.aspects.map((a) => [t('setup.preview.aspectWeight', { aspect: a.name }), formatPercent(a.weight, lang)])} />
          )}
          <CriteriaTable rubric={rubric} />
          {levelled.map((c) => (
            <LevelsTable key={c.id} c={c} order={order} />
          ))}
        </>
      )}
    </Stack>
  );
}
