import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A minimal menu with Thai labels. Built from roles so that shortcuts (copy, paste, zoom) work
 * and the platform does the work; the app's own commands live in the page, not here.
 */
export function installMenu(options: { isMac: boolean; isDev: boolean }): void {
  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ label: 'เลขา', submenu: [{ role: 'hide', label: 'ซ่อนเลขา' }, { type: 'separator' }, { role: 'quit', label: 'ออกจากเลขา' }] } satisfies MenuItemConstructorOptions] : []),
    { label: 'แฟ้ม', submenu: [options.isMac ? { role: 'close', label: 'ปิดหน้าต่าง' } : { role: 'quit', label: 'ออก' }] },
    {
      label: 'แก้ไข',
      submenu: [
        { role: 'undo', label: 'เลิกทำ' },
        { role: 'redo', label: 'ทำซ้ำ' },
        { type: 'separator' },
        { role: 'cut', label: 'ตัด' },
        { role: 'copy', label: 'คัดลอก' },
        { role: 'paste', label: 'วาง' },
        { role: 'selectAll', label: 'เลือกทั้งหมด' },
      ],
    },
    {
      label: 'มุมมอง',
      submenu: [
        { role: 'zoomIn', label: 'ขยาย' },
        { role: 'zoomOut', label: 'ย่อ' },
        { role: 'resetZoom', label: 'ขนาดปกติ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'เต็มจอ' },
        // Developer tools and reload only in development: in the shipped app they only confuse.
        ...(options.isDev
          ? ([{ type: 'separator' }, { role: 'reload', label: 'โหลดใหม่' }, { role: 'toggleDevTools', label: 'เครื่องมือนักพัฒนา' }] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    { label: 'หน้าต่าง', submenu: [{ role: 'minimize', label: 'ย่อหน้าต่าง' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
