package org.icsatlas.ui.app;

/** The sample systems that ship inside the application, each a native file on the classpath. */
public enum Sample {
    SOUTH_YORKSHIRE_AND_BASSETLAW("South Yorkshire and Bassetlaw", "/sample-data/south-yorkshire-bassetlaw.icsatlas.json"),
    BSW_AND_WILTSHIRE("BSW and Wiltshire", "/sample-data/bsw-wiltshire.icsatlas.json");

    private final String label;
    private final String resource;

    Sample(String label, String resource) {
        this.label = label;
        this.resource = resource;
    }

    /** The name shown in File &gt; Open Sample. */
    public String label() {
        return label;
    }

    /** The classpath resource holding the sample. */
    public String resource() {
        return resource;
    }

    /** The file name the resource would have on disk, offered by Save As. */
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
