import { Accordion, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/errors';
import { scaleRange, type Criterion, type Rubric } from '../../../../../shared/selection/rubric';
import { useEditor } from '../editor-context';
import { WeightSum } from '../fields/WeightSum';
import { formatPercent, formatRange, formatValue } from '../format';
import { addCriterion, criteriaOf, MAX_CRITERIA, newCriterion, nextCode } from '../model/rubric-edits';
import { CriterionEditor } from './CriterionEditor';

// i18next's plain TFunction: the hook's inferred type grows too deep for tsc once the catalogue is large.
type T = TFunction;

/** "0–150 · min. 65" or "1–5, 5 tingkat": what a scorer will work with, at a glance. */
export function scaleSummary(c: Criterion, t: T, lang: Language): string {
  const r = scaleRange(c.scale);
  const range = formatRange(r.min, r.max, lang);
  const scale = c.scale.type === 'levels' ? t('setup.scale.levelsSummary', { range, count: c.scale.levels.length }) : range;
  return c.minimum === null ? scale : `${scale} · ${t('setup.criteria.minimumShort', { min: formatValue(c.minimum, lang) })}`;
}

interface GroupProps {
  stageId: string;
  rubric: Rubric;
  aspectId: string | null;
  title: string;
  open: string[];
  setOpen(ids: string[]): void;
}

function CriterionGroup({ stageId, rubric, aspectId, title, open, setOpen }: GroupProps) {
  const { t } = useTranslation();
  const { edit, lang, problems } = useEditor();
  const known = new Set(rubric.aspects.map((a) => a.id));
  // The "without aspect" group also takes criteria whose aspect no longer exists.
  const items =
    aspectId === null && known.size > 0
      ? rubric.criteria.filter((c) => c.aspectId === null || !known.has(c.aspectId))
      : criteriaOf(rubric, aspectId);
  const ids = new Set(items.map((c) => c.id));
  const weighted = rubric.combine === 'weighted';
  const hasProblem = (id: string) => [...problems.keys()].some((k) => k.startsWith(`stages.${stageId}.rubric.criteria.${id}.`));

  return (
    <Stack gap="xs" data-testid="criteria-group">
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5">
          {title}
        </Title>
        {weighted && items.length > 0 && <WeightSum label={t('setup.criteria.total')} weights={items.map((c) => c.weight)} />}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('setup.criteria.emptyGroup')}
        </Text>
      ) : (
        <Accordion
          multiple
          variant="contained"
          keepMounted={false}
          value={open.filter((id) => ids.has(id))}
          onChange={(value) => setOpen([...open.filter((id) => !ids.has(id)), ...value])}
          order={4}
        >
          {items.map((c, i) => (
            <Accordion.Item key={c.id} value={c.id} data-testid="criterion">
              <Accordion.Control>
                <Box component="span" style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap', paddingRight: 12 }}>
                  <Text component="span" fw={700} size="sm">
                    {c.code}
                  </Text>
                  <Text component="span" size="sm" style={{ flex: 1, minWidth: 160 }}>
                    {c.name}
                  </Text>
                  {weighted && (
                    <Text component="span" size="sm" fw={600}>
                      {formatPercent(c.weight, lang)}
                    </Text>
                  )}
                  <Text component="span" size="xs" c="dimmed">
                    {scaleSummary(c, t, lang)}
                  </Text>
                  {hasProblem(c.id) && (
                    <Badge component="span" color="red" variant="light" size="sm" tt="none">
                      {t('setup.criteria.needsFixing')}
                    </Badge>
                  )}
                </Box>
              </Accordion.Control>
              <Accordion.Panel>
                <CriterionEditor stageId={stageId} rubric={rubric} criterion={c} first={i === 0} last={i === items.length - 1} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          disabled={rubric.criteria.length >= MAX_CRITERIA}
          onClick={() => {
            const c = newCriterion(t('setup.criteria.newName'), aspectId, nextCode(rubric));
            edit(addCriterion(stageId, c));
            setOpen([...open, c.id]);
          }}
        >
          {aspectId === null ? t('setup.criteria.add') : t('setup.criteria.addTo', { aspect: title })}
        </Button>
      </Group>
    </Stack>
  );
}

/** The criteria, grouped by aspect, each collapsed to one line until opened. */
export function CriteriaSection({ stageId, rubric }: { stageId: string; rubric: Rubric }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string[]>([]);
  const aspectIds = new Set(rubric.aspects.map((a) => a.id));
  const orphans = rubric.criteria.some((c) => c.aspectId === null || !aspectIds.has(c.aspectId));
  const common = { stageId, rubric, open, setOpen };
  if (rubric.aspects.length === 0) return <CriterionGroup {...common} aspectId={null} title={t('setup.criteria.heading')} />;
  return (
    <Stack gap="lg">
      {rubric.aspects.map((a) => (
        <CriterionGroup key={a.id} {...common} aspectId={a.id} title={a.name} />
      ))}
      {orphans && <CriterionGroup {...common} aspectId={null} title={t('setup.criteria.withoutAspect')} />}
    </Stack>
  );
}
