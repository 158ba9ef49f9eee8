import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './menuButton.css';

export interface MenuCommand {
  readonly id: string;
  readonly label: string;
  /** Small text on the right: "this scenario", "Alt+Shift+N". */
  readonly hint?: string;
  /** aria-keyshortcuts, when the command has a shortcut. */
  readonly keyShortcuts?: string;
  readonly disabled?: boolean;
  /** Why it is disabled, or what it does, read after its name. */
  readonly description?: string;
  run(): void;
}

export interface MenuSection {
  readonly id: string;
  /** Shown above the section and naming its group; absent for a plain section. */
  readonly heading?: string;
  readonly items: readonly MenuCommand[];
}

export interface MenuButtonProps {
  /** The button's text (and the menu's name). */
  readonly label: string;
  readonly sections: readonly MenuSection[];
  readonly disabled?: boolean;
  readonly buttonClassName?: string;
  /** Extra content before the label inside the button (an icon). */
  readonly icon?: ReactNode;
}

/**
 * A menu button (the WAI-ARIA menu button pattern): Enter, Space or ↓ opens the menu on its first
 * command, ↑ on its last; in the menu ↑/↓ move (wrapping), Home/End jump, a letter jumps to the
 * next command starting with it, Esc closes and puts focus back on the button, Tab closes.
 * A disabled command stays in the list (so it can be found) but does nothing.
 */
export function MenuButton({
  label,
  sections,
  disabled = false,
  buttonClassName = 'header-button',
  icon,
}: MenuButtonProps) {
  const id = useId();
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const menuItems = (): HTMLButtonElement[] =>
    Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (open === 'last' ? all[all.length - 1] : all[0])?.focus();
    const onPointerDown = (event: PointerEvent): void => {
      const target = event.target as Node | null;
      if (target && !menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const all = menuItems();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number): void => all[(i + all.length) % all.length]?.focus();
    // The editor's own shortcuts (arrows nudge, Delete deletes) must not act while a menu is open.
    event.stopPropagation();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focus(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focus(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        focus(0);
        break;
      case 'End':
        event.preventDefault();
        focus(all.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      default:
        if (
          event.key.length === 1 &&
          /\S/.test(event.key) &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          const letter = event.key.toLowerCase();
          for (let step = 1; step <= all.length; step += 1) {
            const item = all[(at + step) % all.length];
            if (item?.textContent?.trim().toLowerCase().startsWith(letter)) {
              event.preventDefault();
              item.focus();
              break;
            }
          }
        }
        break;
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => (o ? false : 'first'))}
        onKeyDown={onButtonKeyDown}
      >
        {icon}
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          className="menu-list"
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
          // Focusable (not tabbable): on a window too short for it the list scrolls, and the arrows move focus through it.
          tabIndex={-1}
        >
          {sections.map((section, index) => (
            <div
              key={section.id}
              role="group"
              aria-labelledby={section.heading ? `${id}-${section.id}` : undefined}
              className={index > 0 ? 'menu-group is-separated' : 'menu-group'}
            >
              {section.heading && (
                <div id={`${id}-${section.id}`} className="menu-heading" role="presentation">
                  {section.heading}
                </div>
              )}
              {section.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={item.disabled ? true : undefined}
                  aria-keyshortcuts={item.keyShortcuts}
                  aria-description={item.description}
                  onClick={() => {
                    if (item.disabled) return;
                    close(true);
                    item.run();
                  }}
                >
                  <span>{item.label}</span>
                  {item.hint && (
                    <span className="menu-hint" aria-hidden="true">
                      {item.hint}
                    </span>
                  )}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
