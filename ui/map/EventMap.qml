pragma ComponentBehavior: Bound
import QtQuick
import QtLocation

// Draws only: régions, départements and markers come from C++ models, the view, popup, legend
// and notice from mapBridge, which also hears the clicks. MapWidget sets all four.
Item {
    id: root

    required property var mapBridge
    required property var regionModel
    required property var departementModel
    required property var clusterModel
    // Zoomed in, the départements take the régions' place, on the map and under the pointer.
    readonly property bool departementsShown: view.map.zoomLevel >= root.mapBridge.departementZoom

    MapView {
        id: view
        anchors.fill: parent
        // Declared inline so the Map owns it: a sibling Plugin would be destroyed before the Map,
        // whose destructor then warns "QObject::disconnect: Unexpected nullptr parameter". Its
        // name is read once: a tiled basemap reloads the whole map.
        map.plugin: Plugin {
            name: root.mapBridge.tiles ? "osm" : "itemsoverlay"
            PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
            PluginParameter { name: "osm.mapping.custom.host"; value: root.mapBridge.tileHost }
            PluginParameter { name: "osm.useragent"; value: root.mapBridge.userAgent }
            PluginParameter { name: "osm.mapping.cache.directory"; value: root.mapBridge.cacheDirectory }
        }
        // The custom tile server is the osm plugin's last map type; itemsoverlay has only one.
        map.activeMapType: map.supportedMapTypes[map.supportedMapTypes.length - 1]
        map.color: "#eef3f7"
        // Set (not bound) from the bridge, at start and on request: panning by hand must not be undone.
        Component.onCompleted: showRequestedArea()
        function showRequestedArea() {
            map.center = root.mapBridge.center
            map.zoomLevel = root.mapBridge.zoomLevel
        }
        function reportView() {
            root.mapBridge.reportView(map.zoomLevel, map.toCoordinate(Qt.point(0, 0), false),
                map.toCoordinate(Qt.point(map.width, map.height), false))
        }

        Connections {
            target: root.mapBridge
            function onViewRequested() { view.showRequestedArea() }
        }

        Connections {
            target: view.map
            function onWidthChanged() { view.reportView() }
            function onHeightChanged() { view.reportView() }
            function onCenterChanged() { view.reportView() }
            function onZoomLevelChanged() { view.reportView() }
        }

        // Every région or département in one item.
        ShapeLayer {
            parent: view.map
            anchors.fill: parent
            map: view.map
            model: root.departementsShown ? root.departementModel : root.regionModel
            borderWidth: root.departementsShown ? 0.5 : 1
        }

        // Every marker in one item: a click asks it which one is on top there.
        MarkerLayer {
            id: markers
            parent: view.map
            anchors.fill: parent
            // Above the shapes whatever order the layers are reparented in.
            z: 2
            model: root.clusterModel
            map: view.map
            TapHandler {
                onSingleTapped: (eventPoint) => {
                    const row = markers.rowAt(eventPoint.position)
                    if (row >= 0)
                        root.mapBridge.reportMarkerClicked(row)
                }
                onDoubleTapped: (eventPoint) => {
                    const row = markers.rowAt(eventPoint.position)
                    if (row >= 0)
                        root.mapBridge.reportMarkerDoubleClicked(row)
                }
            }
        }

        MapQuickItem {
            parent: view.map
            z: 3
            visible: root.mapBridge.popupText.length > 0
            coordinate: root.mapBridge.popupCoordinate
            anchorPoint.x: popup.width / 2
            anchorPoint.y: popup.height + 8
            sourceItem: Rectangle {
                id: popup
                objectName: "mapPopup"
                width: popupText.implicitWidth + 16
                height: popupText.implicitHeight + 16
                color: "white"
                border.color: "#607d8b"
                radius: 4
                Text {
                    id: popupText
                    x: 8
                    y: 8
                    width: Math.min(implicitWidth, 320)
                    wrapMode: Text.Wrap
                    textFormat: Text.StyledText
                    text: root.mapBridge.popupText + "<br><a href=\"open\">" + root.mapBridge.popupOpenText + "</a>"
                    onLinkActivated: root.mapBridge.openPopupEvent()
                }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: root.mapBridge.closePopup()
                }
            }
        }
    }

    // Shift+drag draws a rectangle whose markers are selected; without Shift the map pans.
    Item {
        id: overlay
        anchors.fill: parent
        Rectangle {
            id: band
            visible: areaDrag.active
            color: "#301565c0"
            border.color: "#1565c0"
            x: Math.min(areaDrag.centroid.pressPosition.x, areaDrag.centroid.position.x)
            y: Math.min(areaDrag.centroid.pressPosition.y, areaDrag.centroid.position.y)
            width: Math.abs(areaDrag.centroid.position.x - areaDrag.centroid.pressPosition.x)
            height: Math.abs(areaDrag.centroid.position.y - areaDrag.centroid.pressPosition.y)
        }
        DragHandler {
            id: areaDrag
            target: null
            acceptedModifiers: Qt.ShiftModifier
            // The map's own drag would pan under the rectangle: this one keeps the gesture.
            grabPermissions: PointerHandler.CanTakeOverFromAnything
            onActiveChanged: if (!active) {
                root.mapBridge.reportAreaSelected(
                    markers.eventsIn(markers.mapFromItem(overlay, band.x, band.y, band.width, band.height)))
            }
        }
        HoverHandler {
            id: hover
        }
    }

    Rectangle {
        id: figures
        visible: hover.hovered && figuresText.text.length > 0
        x: Math.min(hover.point.position.x + 16, root.width - width)
        y: Math.min(hover.point.position.y + 16, root.height - height)
        width: figuresText.implicitWidth + 12
        height: figuresText.implicitHeight + 8
        color: "#f0ffffff"
        border.color: "#90a4ae"
        Text {
            id: figuresText
            x: 6
            y: 4
            text: hover.hovered
                ? (root.departementsShown ? root.departementModel : root.regionModel)
                    .figuresAt(view.map.toCoordinate(hover.point.position, false))
                : ""
        }
    }

    // The legend: the measure, pale for none, deep for the highest value.
    Rectangle {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 8
        width: legend.implicitWidth + 16
        height: legend.implicitHeight + 12
        color: "#e0ffffff"
        radius: 3
        Column {
            id: legend
            x: 8
            y: 6
            spacing: 2
            Text { text: root.mapBridge.legendTitle; font.bold: true }
            Row {
                spacing: 6
                Text { text: "0" }
                Rectangle {
                    width: 120
                    height: 12
                    gradient: Gradient {
                        orientation: Gradient.Horizontal
                        GradientStop { position: 0; color: root.mapBridge.legendPale }
                        GradientStop { position: 1; color: root.mapBridge.legendDeep }
                    }
                }
                Text { text: root.mapBridge.legendMaximum }
            }
        }
    }

    // Said discreetly, over the map that keeps its own layers.
    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 8
        visible: text.length > 0
        text: root.mapBridge.notice
        color: "#5d4037"
        font.italic: true
    }
}
