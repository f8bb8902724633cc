import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { keys } from '../../api/keys';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form-error';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { browserTimeZone } from '../queue/slot-rows';
import { IMPORT_TEMPLATE, type ImportOutcome, importPostsCsv } from './import-posts';

/** Downloads the template as a file the browser saves. */
function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([IMPORT_TEMPLATE], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'crowsnest-posts-template.csv';
  link.click();
  URL.revokeObjectURL(url);
}

/** Imports posts from a CSV file, all or nothing; shows every rejected row when the file is refused. */
export function ImportDialog({
  workspaceId,
  open,
  onClose,
}: {
  workspaceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const queryClient = useQueryClient();
  const toast = useToast();
  const zone = browserTimeZone();
  const upload = useMutation({
    mutationFn: (chosen: File) => importPostsCsv(workspaceId, chosen, zone),
    onSuccess: (result) => {
      setOutcome(result);
      if (result.kind !== 'imported') return;
      void queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'posts') });
      toast({ title: `Imported ${result.imported} post${result.imported === 1 ? '' : 's'}` });
      close();
    },
  });
  const close = () => {
    setFile(null);
    setOutcome(null);
    upload.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title="Import posts from CSV"
      description={`One row per post; a file with any rejected row imports nothing. Local times are read in ${zone} unless a row names its time_zone.`}
      footer={
        <>
          <Button variant="ghost" icon={<Download className="size-4" />} onClick={downloadTemplate}>
            Download template
          </Button>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate(file)}
          >
            Import
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <div className="space-y-1.5">
          <label htmlFor={fileId} className="text-sm font-medium text-zinc-800">
            CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-1.5 file:text-sm file:font-medium"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
              upload.reset();
            }}
          />
          <p className="text-xs text-zinc-500">
            Columns: body, accounts (handles or ids separated by |), scheduled_at (empty for a draft, YYYY-MM-DD HH:MM
            or ISO 8601), time_zone, thread (parts separated by a line ---). At most 500 rows and 1 MB.
          </p>
        </div>
        <FormError error={upload.error} />
        {outcome?.kind === 'rejected' && (
          <div className="space-y-2">
            <p role="alert" className="text-sm font-medium text-red-700">
              {outcome.detail}
            </p>
            <Table label="Rejected rows" dense>
              <THead>
                <Th>Row</Th>
                <Th>Column</Th>
                <Th>Problem</Th>
              </THead>
              <TBody>
                {outcome.rows.flatMap((row) =>
                  row.errors.map((error) => (
                    <Tr key={`${row.row}-${error.column}-${error.message}`}>
                      <Td className="tabular-nums">{row.row}</Td>
                      <Td className="font-mono text-xs">{error.column ?? 'whole row'}</Td>
                      <Td>{error.message}</Td>
                    </Tr>
                  )),
                )}
              </TBody>
            </Table>
          </div>
        )}
      </div>
    </Dialog>
  );
}
