package com.escalationdesk.notification.web;

import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationSettings;
import com.escalationdesk.notification.NotificationSettingsView;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The signed-in person's choice of the events that email them and of their working hours. */
@Named("notificationSettings")
@ViewScoped
public class NotificationSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationSettings settings;

    private NotificationSettingsView current;
    /** The ticked events by name: the checkboxes post names, and an unknown one is simply not a choice. */
    private List<String> emailed = new ArrayList<>();
    private Long workingHoursId;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            current = settings.mine();
            emailed = new ArrayList<>(current.emailed().stream().map(Enum::name).toList());
            workingHoursId = current.workingHoursId();
        });
    }

    public void save() {
        EnumSet<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (emailed.contains(kind.name())) {
                chosen.add(kind);
            }
        }
        if (FacesActions.attempt(() -> settings.save(chosen, workingHoursId))) {
            FacesActions.info("Your notification settings are saved.");
            load();
        }
    }

    public NotificationKind[] getKinds() {
        return NotificationKind.values();
    }

    public NotificationSettingsView getCurrent() {
        return current;
    }

    public List<String> getEmailed() {
        return emailed;
    }

    public void setEmailed(List<String> emailed) {
        this.emailed = emailed == null ? new ArrayList<>() : new ArrayList<>(emailed);
    }

    public Long getWorkingHoursId() {
        return workingHoursId;
    }

    public void setWorkingHoursId(Long workingHoursId) {
        this.workingHoursId = workingHoursId;
    }
}
