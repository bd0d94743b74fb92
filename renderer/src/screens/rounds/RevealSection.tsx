import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundBoard, RoundSummary, SelectionDetail } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format';
import { useKnownStatus } from '../../state/app-status';
import { RevealDialog } from './RevealDialog';

interface Props {
  round: RoundSummary;
  selection: SelectionDetail;
  /** Chair or secretary: either may start the two-person reveal. */
  canReveal: boolean;
  onBoard(board: RoundBoard): void;
}

/** After close: identities still hidden, and the way to reveal them; after reveal: who confirmed and when. */
export function RevealSection({ round, selection, canReveal, onBoard }: Props) {
  const { t } = useTranslation();
  const { lang } = useKnownStatus();
  const [revealing, setRevealing] = useState(false);
  const titleId = `reveal-${round.id}-title`;
  const revealed = round.state === 'revealed';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-testid="reveal-section" h="100%">
      <Stack gap="xs">
        <Title order={4} size="h5" id={titleId}>
          {t('rounds.reveal.heading')}
        </Title>
        {revealed ? (
          <>
            <Text size="sm" fw={600} data-testid="revealed-at">
              {round.revealedAt ? t('rounds.reveal.done', { date: formatDateTime(round.revealedAt, lang) }) : t('rounds.state.revealed')}
            </Text>
            <Text size="sm">{t('rounds.reveal.by')}</Text>
            <Stack component="ul" gap={2} m={0} pl="lg" data-testid="revealed-by">
              {round.revealedBy.map((name) => (
                <Text component="li" size="sm" key={name}>
                  {name}
                </Text>
              ))}
            </Stack>
            <Text size="sm" c="dimmed">
              {t('rounds.reveal.afterReveal')}
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">{t('rounds.reveal.closedIntro')}</Text>
            {canReveal ? (
              <div>
                <Button onClick={() => setRevealing(true)}>{t('rounds.reveal.button')}</Button>
              </div>
            ) : (
              <Text size="sm" c="dimmed">
                {t('rounds.reveal.managersOnly')}
              </Text>
            )}
          </>
        )}
      </Stack>
      {revealing && (
        <RevealDialog
          round={round}
          selection={selection}
          onClose={() => setRevealing(false)}
          onDone={(board) => {
            setRevealing(false);
            onBoard(board);
          }}
        />
      )}
    </Paper>
  );
}
