import { Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/format';
import type { Language } from '../../../../shared/errors';
import { statusColor, statusKey } from './status';
import { ToneBadge } from './ToneBadge';

const ROW_HEIGHT = 56;

interface Props {
  items: QueueItem[];
  currentId: string | null;
  lang: Language;
  onOpen(applicantId: string): void;
}

/**
 * My applicants by blind code, in my own order, with where I am on each. Rendered only
 * where scrolled (a selection without panels can give every member thousands of applicants).
 */
export function QueueList({ items, currentId, lang, onOpen }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const counts = useMemo(() => {
    const c = { notStarted: 0, inProgress: 0, done: 0, recused: 0 };
    for (const i of items) c[i.status]++;
    return c;
  }, [items]);

  const currentIndex = items.findIndex((i) => i.applicantId === currentId);
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  return (
    <Stack gap="xs" component="nav" aria-labelledby="desk-queue-title" data-testid="desk-queue">
      <Title order={3} size="h5" id="desk-queue-title">
        {t('desk.queue.title')}
      </Title>
      <Text size="sm" data-testid="desk-progress">
        {t('desk.queue.progress', {
          done: formatNumber(counts.done, lang, 0),
          total: formatNumber(items.length - counts.recused, lang, 0),
        })}
        {counts.recused > 0 ? ` · ${t('desk.queue.recusedCount', { n: formatNumber(counts.recused, lang, 0) })}` : ''}
      </Text>
      <div
        ref={scrollRef}
        style={{
          height: `min(${Math.max(1, items.length) * ROW_HEIGHT + 2}px, max(240px, calc(100vh - 360px)))`,
          overflowY: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 4,
          background: 'white',
        }}
      >
        <ol
          style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
          aria-label={t('desk.queue.listLabel')}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            if (!item) return null;
            const current = item.applicantId === currentId;
            const recused = item.status === 'recused';
            return (
              <li
                key={item.applicantId}
                data-testid="queue-item"
                data-code={item.code}
                data-status={item.status}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: row.size, transform: `translateY(${row.start}px)` }}
              >
                <UnstyledButton
                  w="100%"
                  h="100%"
                  px="sm"
                  aria-current={current ? 'true' : undefined}
                  aria-disabled={recused || undefined}
                  onClick={() => {
                    if (!recused) onOpen(item.applicantId);
                  }}
                  style={{
                    borderTop: row.index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                    borderLeft: `4px solid ${current ? 'var(--mantine-color-blue-8)' : 'transparent'}`,
                    background: current ? 'var(--mantine-color-blue-0)' : undefined,
                    cursor: recused ? 'not-allowed' : 'pointer',
                  }}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fw={700} ff="monospace" size="sm" td={recused ? 'line-through' : undefined}>
                        {item.code}
                      </Text>
                      {item.name && (
                        <Text size="xs" truncate="end">
                          {item.name}
                        </Text>
                      )}
                    </Stack>
                    <ToneBadge size="sm" variant="light" color={statusColor[item.status]} tt="none" style={{ flexShrink: 0 }}>
                      {t(statusKey[item.status])}
                    </ToneBadge>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </ol>
      </div>
    </Stack>
  );
}
