import { ArrowLeft, ArrowRight, ImagePlus, Library, X } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/problem';
import { Button } from '../../components/button';
import { IconButton } from '../../components/icon-button';
import { Input } from '../../components/input';
import { ProgressBar } from '../../components/progress-bar';
import { MediaPicker } from './media-picker';
import { MediaThumb } from './media-thumb';
import { type MediaItem, saveAlt, uploadMedia } from './use-media';

/** The most files one part holds (the API's limit; platforms may take fewer). */
export const MAX_PART_FILES = 4;

/**
 * One part's files: thumbnails in order (move, remove), an alt text field per file (saved to
 * the library when the field is left), and adding from the library or by uploading here.
 */
export function MediaField({
  workspaceId,
  label,
  items,
  onChange,
}: {
  workspaceId: string;
  /** Names the part for screen readers ("Post", "Part 2"). */
  label: string;
  items: MediaItem[];
  onChange: (items: MediaItem[]) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [upload, setUpload] = useState<{ name: string; share: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const room = MAX_PART_FILES - items.length;

  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    onChange(next);
  };
  const add = (added: MediaItem[]) =>
    onChange([...items, ...added.filter((a) => !items.some((i) => i.id === a.id))].slice(0, MAX_PART_FILES));

  const send = async (file: File) => {
    setProblem(null);
    setUpload({ name: file.name, share: 0 });
    try {
      add([await uploadMedia(workspaceId, file, (share) => setUpload({ name: file.name, share }))]);
    } catch (error) {
      setProblem(`${file.name}: ${errorMessage(error)}`);
    } finally {
      setUpload(null);
    }
  };

  const describe = async (item: MediaItem, alt: string) => {
    if ((item.alt ?? '') === alt) return;
    try {
      const saved = await saveAlt(workspaceId, item.id, alt);
      onChange(items.map((i) => (i.id === item.id ? { ...i, alt: saved.alt } : i)));
    } catch (error) {
      setProblem(`Alt text of ${item.filename ?? item.id}: ${errorMessage(error)}`);
    }
  };

  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{label}: files</legend>
      {items.length > 0 && (
        <ol className="grid gap-2 sm:grid-cols-2">
          {items.map((item, index) => (
            <li key={item.id} className="flex gap-2 rounded-lg bg-zinc-50 p-2 ring-1 ring-zinc-200">
              <MediaThumb item={item} className="size-16 shrink-0" />
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex items-center gap-1">
                  <span className="min-w-0 flex-1 truncate text-xs text-zinc-600">{item.filename ?? item.id}</span>
                  <IconButton
                    label={`Move ${item.filename ?? 'file'} earlier`}
                    icon={<ArrowLeft className="size-3.5" />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  />
                  <IconButton
                    label={`Move ${item.filename ?? 'file'} later`}
                    icon={<ArrowRight className="size-3.5" />}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1)}
                  />
                  <IconButton
                    label={`Remove ${item.filename ?? 'file'}`}
                    tone="danger"
                    icon={<X className="size-3.5" />}
                    onClick={() => onChange(items.filter((i) => i.id !== item.id))}
                  />
                </div>
                <Input
                  aria-label={`Alt text for ${item.filename ?? 'this file'}`}
                  placeholder="Describe it (alt text)"
                  defaultValue={item.alt ?? ''}
                  onBlur={(event) => void describe(item, event.target.value)}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {upload && <ProgressBar value={Math.round(upload.share * 100)} label={`Uploading ${upload.name}`} />}
      {problem && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="ghost"
          icon={<Library className="size-3.5" />}
          disabled={room <= 0}
          onClick={() => setPicking(true)}
        >
          From library
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={<ImagePlus className="size-3.5" />}
          disabled={room <= 0 || upload !== null}
          onClick={() => fileInput.current?.click()}
        >
          Upload
        </Button>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept="image/*,video/*"
          className="sr-only"
          tabIndex={-1}
          aria-label="Upload a file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void send(file);
          }}
        />
      </div>
      <MediaPicker
        workspaceId={workspaceId}
        open={picking}
        room={room}
        onClose={() => setPicking(false)}
        onChoose={add}
      />
    </fieldset>
  );
}
