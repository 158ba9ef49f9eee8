import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import '../files/files.css';

export interface ExportMenuItem {
  readonly id: string;
  readonly label: string;
  /** Small text on the right: "this scenario", "all scenarios". */
  readonly hint?: string;
  /** Draws a line above this item. */
  readonly separated?: boolean;
  run(): void;
}

export interface ExportMenuProps {
  readonly items: readonly ExportMenuItem[];
  readonly disabled?: boolean;
}

/**
 * "Export ▾" in the app bar: a menu button (WAI-ARIA menu pattern). Arrow keys move between
 * items, Home/End jump, Esc or Tab closes it and returns focus to the button.
 */
export function ExportMenu({ items, disabled = false }: ExportMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const menuItems = (): HTMLButtonElement[] => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    menuItems()[0]?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node | null;
      if (target && !listRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number): void => all[(i + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown': event.preventDefault(); focus(at + 1); break;
      case 'ArrowUp': event.preventDefault(); focus(at - 1); break;
      case 'Home': event.preventDefault(); focus(0); break;
      case 'End': event.preventDefault(); focus(all.length - 1); break;
      case 'Escape': event.preventDefault(); close(true); break;
      case 'Tab': close(false); break;
      default: break;
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKeyDown}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={listRef} id={`${id}-menu`} className="export-menu-list" role="menu" aria-label="Export" onKeyDown={onMenuKeyDown}>
          {items.map((item) => [
            item.separated ? <li key={`${item.id}-sep`} role="separator" /> : null,
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  item.run();
                }}
              >
                <span>{item.label}</span>
                {item.hint && <span className="menu-hint">{item.hint}</span>}
              </button>
            </li>,
          ])}
        </ul>
      )}
    </div>
  );
}
