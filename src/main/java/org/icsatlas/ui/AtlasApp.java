package org.icsatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public class AtlasApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ICS Atlas");
        stage.setScene(new Scene(new Label("ICS Atlas"), 1600, 1000));
        stage.show();
    }
}
