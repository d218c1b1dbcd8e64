package org.myofuse.console.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.serial.SerialPortInfo;
import org.myofuse.console.feed.StreamQuality;

/**
 * The devices page: every configured device with its state, rate, signal quality, gaps and drops
 * (refreshed once a second), disconnecting the selected one, and connecting another: its type, the
 * serial port (from the ports present, or typed), a name and its settings, each setting listed with
 * its default and what it allows.
 */
final class DevicesPage {

    private static final String[] COLUMNS = { "devices.name", "devices.type", "devices.port", "devices.state",
        "devices.rate", "devices.quality", "devices.gaps", "devices.drops", "devices.reason" };
    private static final int[] WIDTHS = { 150, 110, 150, 120, 90, 180, 80, 80, 360 };

    private final Messages text;
    private final LiveModel model;
    private final ConsoleActions actions;
    private final Composite page;
    private final Table table;
    private final Label status;
    private Combo type;
    private Combo port;
    private Text name;
    private Text settings;
    private Table settingsTable;
    private List<InstalledDeviceType> types = List.of();

    DevicesPage(Composite parent, Theme theme, Messages text, LiveModel model, ConsoleActions actions) {
        this.text = text;
        this.model = model;
        this.actions = actions;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setFont(theme.label);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(text.get(COLUMNS[i]));
            c.setWidth(WIDTHS[i]);
        }
        Composite row = new Composite(page, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button disconnect = new Button(row, SWT.PUSH);
        disconnect.setText(text.get("devices.disconnect"));
        disconnect.addListener(SWT.Selection, e -> disconnectSelected());
        status = new Label(row, SWT.NONE);
        status.setFont(theme.title);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        buildConnect(theme);
        actions.installedTypes(this::types);
        actions.ports(this::ports);
    }

    Composite control() {
        return page;
    }

    Table table() {
        return table;
    }

    Label status() {
        return status;
    }

    private void buildConnect(Theme theme) {
        Group connect = new Group(page, SWT.NONE);
        connect.setText(text.get("devices.connectTitle"));
        connect.setLayout(new GridLayout(4, false));
        connect.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        label(connect, "devices.type");
        type = new Combo(connect, SWT.READ_ONLY);
        type.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        type.addListener(SWT.Selection, e -> typeChosen());
        label(connect, "devices.port");
        port = new Combo(connect, SWT.DROP_DOWN);
        port.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button refresh = new Button(connect, SWT.PUSH);
        refresh.setText(text.get("devices.refreshPorts"));
        refresh.addListener(SWT.Selection, e -> actions.ports(this::ports));
        label(connect, "devices.name");
        name = new Text(connect, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        label(connect, "devices.settings");
        settings = new Text(connect, SWT.BORDER);
        settings.setMessage("key=value&key=value");
        settings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button go = new Button(connect, SWT.PUSH);
        go.setText(text.get("devices.connect"));
        go.addListener(SWT.Selection, e -> connect());
        settingsTable = new Table(connect, SWT.BORDER);
        settingsTable.setHeaderVisible(true);
        settingsTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (String key : new String[] { "settings.key", "settings.default", "settings.allowed", "settings.description" }) {
            TableColumn c = new TableColumn(settingsTable, SWT.LEFT);
            c.setText(text.get(key));
            c.setWidth(key.equals("settings.description") ? 620 : 160);
        }
    }

    private void label(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(text.get(key));
    }

    private void types(List<InstalledDeviceType> installed) {
        types = installed;
        if (type.isDisposed()) {
            return;
        }
        type.removeAll();
        installed.forEach(t -> type.add(t.type().id() + " \u2013 " + t.type().displayName()));
        if (!installed.isEmpty()) {
            type.select(0);
            typeChosen();
        }
    }

    private void ports(List<SerialPortInfo> present) {
        if (port.isDisposed()) {
            return;
        }
        String typed = port.getText();
        port.removeAll();
        present.forEach(p -> port.add(p.path()));
        port.setText(typed);
    }

    private void typeChosen() {
        int i = type.getSelectionIndex();
        if (i < 0 || i >= types.size()) {
            return;
        }
        actions.settings(types.get(i).type().id(), this::showSettings, this::say);
    }

    private void showSettings(List<SettingDescription> list) {
        if (settingsTable.isDisposed()) {
            return;
        }
        settingsTable.removeAll();
        for (SettingDescription s : list) {
            TableItem item = new TableItem(settingsTable, SWT.NONE);
            String allowed = !s.options().isEmpty() ? String.join(", ", s.options().stream().map(o -> o.value()).toList())
                    : s.min().map(m -> m + " \u2013 ").orElse("") + s.max().orElse("");
            item.setText(new String[] { s.id(), String.join(",", s.defaultValue()), allowed, s.description() });
        }
    }

    private void connect() {
        int i = type.getSelectionIndex();
        if (i < 0 || i >= types.size()) {
            say(text.get("devices.chooseType"));
            return;
        }
        StringBuilder spec = new StringBuilder(types.get(i).type().id());
        if (!port.getText().isBlank()) {
            spec.append('@').append(port.getText().strip());
        }
        String query = (name.getText().isBlank() ? "" : "name=" + name.getText().strip())
                + (settings.getText().isBlank() ? "" : (name.getText().isBlank() ? "" : "&") + settings.getText().strip());
        if (!query.isEmpty()) {
            spec.append('?').append(query);
        }
        say(text.get("devices.connecting", spec));
        actions.connect(spec.toString(), this::say);
    }

    private void disconnectSelected() {
        int i = table.getSelectionIndex();
        List<DeviceInfo> list = model.devices();
        if (i < 0 || i >= list.size()) {
            say(text.get("devices.chooseDevice"));
            return;
        }
        actions.disconnect(list.get(i).deviceId(), this::say);
    }

    private void say(String line) {
        if (!status.isDisposed()) {
            status.setText(line);
            status.getParent().layout();
        }
    }

    /** Shows the newest device snapshot. Once a second is enough: counters, not waveforms. */
    void refresh() {
        if (!page.isVisible()) {
            return;
        }
        List<DeviceInfo> list = model.devices();
        while (table.getItemCount() > list.size()) {
            table.getItem(table.getItemCount() - 1).dispose();
        }
        while (table.getItemCount() < list.size()) {
            new TableItem(table, SWT.NONE);
        }
        for (int i = 0; i < list.size(); i++) {
            DeviceInfo d = list.get(i);
            TableItem item = table.getItem(i);
            String[] cells = { d.name(), d.typeId(), d.port().isEmpty() ? "\u2013" : d.port(), text.get("state." + d.state().name()),
                Draw.number(model.rate(d.deviceId()), 0), quality(d), Long.toString(d.gaps()), Long.toString(d.droppedBlocks()),
                d.reason() };
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].equals(item.getText(c))) {
                    item.setText(c, cells[c]);
                }
            }
        }
    }

    private String quality(DeviceInfo d) {
        StreamQuality q = model.bus().quality(d.deviceId());
        if (q == null || q.blocks() == 0) {
            return "\u2013";
        }
        String clean = q.clippedBlocks() == 0 && q.resyncedBlocks() == 0 ? text.get("quality.clean")
                : text.get("quality.issues", q.clippedBlocks(), q.resyncedBlocks());
        return clean + (q.simulated() ? " " + text.get("quality.simulated") : "");
    }
}
