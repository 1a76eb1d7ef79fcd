package io.safesegment.ui.shell.demo;

import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.shell.AppContext;

/**
 * The guided demo of one window: its dialog wrapper (given to every ViewModel, see {@link DemoDialogs}) and its
 * ViewModel, made on first use because the demo's script drives the other ViewModels of the same {@link AppContext}.
 */
public final class DemoTour {
    private final DemoDialogs dialogs;
    private DemoViewModel model;

    /** Wraps the window's dialogs. */
    public DemoTour(DialogService dialogs) {
        this.dialogs = new DemoDialogs(dialogs);
    }

    /** The dialogs the window's ViewModels use. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The demo's ViewModel for {@code app} (the window this tour belongs to). */
    public DemoViewModel model(AppContext app) {
        if (model == null) {
            model = new DemoViewModel(new DemoScript(app, dialogs), app.shell().sectionProperty()::set);
        }
        return model;
    }
}
