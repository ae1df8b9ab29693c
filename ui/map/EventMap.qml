import QtQuick
import QtLocation

// Draws only: régions and markers come from C++ models, the view from mapBridge.
Item {
    id: root

    MapView {
        id: view
        anchors.fill: parent
        // Declared inline so the Map owns it: a sibling Plugin would be destroyed before the Map,
        // whose destructor then warns "QObject::disconnect: Unexpected nullptr parameter".
        map.plugin: Plugin { name: "itemsoverlay" }
        map.color: "#eef3f7"
        // Set (not bound) from the bridge, at start and on request: panning by hand must not be undone.
        Component.onCompleted: showRequestedArea()
        function showRequestedArea() {
            map.center = mapBridge.center
            map.zoomLevel = mapBridge.zoomLevel
        }
        // Qt 6.8 clips each MapPolygon to the visible part of the map and redoes it only when the
        // camera changes, not when the map is resized: without this the régions stay clipped to
        // the 100×30 the map had while its tab was hidden. A camera change with no net move
        // makes them follow every new size.
        function reclipShapes() {
            const zoom = map.zoomLevel
            map.zoomLevel = zoom + 1e-9
            map.zoomLevel = zoom
        }

        Connections {
            target: mapBridge
            function onViewRequested() { view.showRequestedArea() }
        }

        Connections {
            target: view.map
            function onWidthChanged() { view.reclipShapes() }
            function onHeightChanged() { view.reclipShapes() }
        }

        MapItemView {
            parent: view.map
            model: regionModel
            delegate: MapPolygon {
                required path
                required property color fillColor
                color: fillColor
                border.color: "white"
                border.width: 1
            }
        }

        MapItemView {
            parent: view.map
            // Above the régions whatever order the two views are reparented in.
            z: 1
            model: markerModel
            delegate: MapQuickItem {
                required coordinate
                required property color statusColor
                required property bool failsCondition
                required property var eventId
                anchorPoint.x: dot.width / 2
                anchorPoint.y: dot.height / 2
                sourceItem: Rectangle {
                    id: dot
                    width: 9
                    height: 9
                    radius: 4.5
                    color: statusColor
                    border.color: failsCondition ? "black" : "white"
                    border.width: failsCondition ? 2 : 1
                    TapHandler {
                        onTapped: mapBridge.reportEventClicked(eventId)
                    }
                }
            }
        }
    }
}
