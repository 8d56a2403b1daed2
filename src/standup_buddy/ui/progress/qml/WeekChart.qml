// The Week view's chart: one stacked bar per day, the goal in force each day
// as a dashed step line, the day's longest sitting streak on a second axis,
// and optional check-in scores. Every number comes from the `chartData`
// object the window sets; this file only draws.
import QtQuick
import QtQml.Models
import QtGraphs

Rectangle {
    id: root
    color: chartData.background

    readonly property int slots: chartData.categories.length
    // Share of a day's slot the bar fills.
    readonly property real barWidth: 0.56
    // About one text line: the unit every gap and marker is measured in.
    readonly property real line: Math.round(chartData.fontPixels * 1.35)

    // The plot area in this item's coordinates (GraphsView reports it in its own).
    readonly property rect plot: Qt.rect(graphs.x + graphs.plotArea.x, graphs.y + graphs.plotArea.y,
                                         graphs.plotArea.width, graphs.plotArea.height)

    function slotX(index) {
        return plot.x + plot.width * index / Math.max(1, slots)
    }

    // --- legend ------------------------------------------------------------------
    Flow {
        id: legend
        objectName: "legend"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.line * 0.5 }
        spacing: root.line * 0.9

        Repeater {
            model: chartData.legend
            delegate: Row {
                spacing: root.line * 0.3
                Item {
                    width: root.line * 1.1; height: root.line
                    Rectangle {
                        visible: modelData.shape === "box"
                        anchors.centerIn: parent
                        width: root.line * 0.75; height: width; radius: 2
                        color: modelData.color
                    }
                    Row {
                        id: dashes
                        readonly property color ink: modelData.color
                        visible: modelData.shape === "dash"
                        anchors.centerIn: parent
                        spacing: root.line * 0.12
                        Repeater {
                            model: 3
                            Rectangle { width: root.line * 0.25; height: 2; color: dashes.ink }
                        }
                    }
                    Rectangle {
                        visible: modelData.shape === "line"
                        anchors.centerIn: parent
                        width: parent.width; height: 2; color: modelData.color
                        Rectangle {
                            anchors.centerIn: parent
                            width: root.line * 0.45; height: width; radius: width / 2
                            color: modelData.color
                        }
                    }
                    Rectangle {
                        visible: modelData.shape === "diamond"
                        anchors.centerIn: parent
                        width: root.line * 0.5; height: width; rotation: 45
                        color: modelData.color
                    }
                }
                Text {
                    text: modelData.label
                    color: chartData.text
                    font.pixelSize: chartData.fontPixels
                }
            }
        }
    }

    // --- behind the bars: today's column and the grid ------------------------------
    Rectangle {
        visible: chartData.todayIndex >= 0
        x: root.slotX(chartData.todayIndex)
        y: root.plot.y
        width: root.plot.width / Math.max(1, root.slots)
        height: root.plot.height
        color: chartData.grid
        opacity: 0.45
    }
    Repeater {
        model: Math.round(chartData.valueMax / chartData.valueStep) + 1
        delegate: Rectangle {
            x: root.plot.x
            y: root.plot.y + root.plot.height
               * (1 - index * chartData.valueStep / chartData.valueMax)
            width: root.plot.width
            height: 1
            color: chartData.grid
        }
    }

    // --- the bars: drawn here in plot coordinates from the same axis range the
    // labels use. Qt Graphs 6.11's BarSeries keeps the scale of the range it
    // was first laid out on, so after paging to a week with another maximum
    // its bars were drawn against the old axis (every bar 1.25x too tall).
    Repeater {
        id: barRepeater
        objectName: "bars"
        model: root.slots
        delegate: Item {
            readonly property real first: chartData.primaryValues[index] || 0
            readonly property real second: chartData.secondaryValues[index] || 0
            readonly property real unit: root.plot.height / Math.max(1e-9, chartData.valueMax)
            readonly property real slotWidth: root.plot.width / Math.max(1, root.slots)
            x: root.slotX(index) + slotWidth * (1 - root.barWidth) / 2
            y: root.plot.y
            width: slotWidth * root.barWidth
            height: root.plot.height
            Rectangle {
                width: parent.width
                height: parent.first * parent.unit
                y: parent.height - height
                color: chartData.primaryColor
            }
            Rectangle {
                width: parent.width
                height: parent.second * parent.unit
                y: parent.height - parent.first * parent.unit - height
                color: chartData.secondaryColor
            }
        }
    }

    GraphsView {
        id: graphs
        objectName: "graphsView"
        anchors { left: parent.left; right: parent.right; top: legend.bottom; bottom: parent.bottom }
        anchors.topMargin: root.line * 0.3
        marginTop: root.line * 0.5
        marginRight: root.line * 0.5
        marginBottom: root.line * 0.3
        marginLeft: root.line * 0.3

        theme: GraphsTheme {
            gridVisible: false
            backgroundVisible: false
            plotAreaBackgroundVisible: false
            labelTextColor: chartData.text
            labelBackgroundVisible: false
            labelBorderVisible: false
            labelFont.pixelSize: chartData.fontPixels
            axisXLabelFont.pixelSize: chartData.fontPixels
            axisYLabelFont.pixelSize: chartData.fontPixels
            // Tick marks are shader-drawn: hidden, so the software renderer
            // (headless) and the GPU one draw the same picture.
            axisX.mainColor: "transparent"
            axisY.mainColor: "transparent"
            axisX.subColor: "transparent"
            axisY.subColor: "transparent"
            axisX.labelTextColor: chartData.text
            axisY.labelTextColor: chartData.text
        }

        axisX: BarCategoryAxis {
            categories: chartData.categories
            lineVisible: false
            gridVisible: false
            subGridVisible: false
        }
        axisY: ValueAxis {
            id: valueAxis
            min: 0
            max: chartData.valueMax
            tickInterval: chartData.valueStep
            labelDecimals: 0
            lineVisible: false
            gridVisible: false
            subGridVisible: false
            titleText: chartData.valueTitle
            titleVisible: true
            titleColor: chartData.muted
            titleFont.pixelSize: chartData.fontPixels
        }

        LineSeries {
            id: longest
            objectName: "longestSeries"
            color: chartData.longestColor
            width: 2
            axisX: slotAxis
            axisY: ValueAxis {
                min: 0
                max: chartData.longestMax
                tickInterval: chartData.longestStep
                labelDecimals: 0
                alignment: Qt.AlignRight
                lineVisible: false
                gridVisible: false
                subGridVisible: false
                titleText: chartData.longestTitle
                titleVisible: true
                titleColor: chartData.muted
                titleFont.pixelSize: chartData.fontPixels
            }
            pointDelegate: Rectangle {
                width: root.line * 0.5; height: width; radius: width / 2
                color: chartData.longestColor
                border.color: chartData.background
                border.width: 1
            }
        }

    }

    // Lines are placed in day slots: day i spans x = i .. i + 1, its middle is i + 0.5.
    ValueAxis {
        id: slotAxis
        min: 0
        max: Math.max(1, root.slots)
        visible: false
        lineVisible: false
        labelsVisible: false
        gridVisible: false
        subGridVisible: false
    }

    // The check-in axis exists only while scores are shown: a hidden Qt Graphs
    // axis still takes its room and draws its title.
    Instantiator {
        id: checkinSeries
        model: chartData.checkinVisible ? 1 : 0
        delegate: ScatterSeries {
                objectName: "checkinSeries"
                color: chartData.checkinColor
                axisX: slotAxis
                axisY: ValueAxis {
                        min: 0
                    max: 10
                    tickInterval: 2
                    labelDecimals: 0
                    alignment: Qt.AlignRight
                    lineVisible: false
                    gridVisible: false
                    subGridVisible: false
                    titleText: "check-in (0-10)"
                    titleVisible: true
                    titleColor: chartData.muted
                    titleFont.pixelSize: chartData.fontPixels
                }
                pointDelegate: Rectangle {
                    width: root.line * 0.55; height: width; rotation: 45
                    color: chartData.checkinColor
                    border.color: chartData.background
                    border.width: 1
                }
            }
        onObjectAdded: (index, series) => {
            graphs.addSeries(series)
            series.replace(chartData.checkinPoints)
        }
        onObjectRemoved: (index, series) => graphs.removeSeries(series)
    }

    // One dashed step line per run of days whose goal counts the chart's unit.
    Instantiator {
        id: goalLines
        objectName: "goalLines"
        model: chartData.goalRuns
        delegate: LineSeries {
            color: chartData.goalColor
            width: 2
            strokeStyle: LineSeries.StrokeStyle.DashLine
            dashPattern: [4, 3]
            axisX: slotAxis
            axisY: valueAxis
            Component.onCompleted: replace(modelData)
        }
        onObjectAdded: (index, series) => graphs.addSeries(series)
        onObjectRemoved: (index, series) => graphs.removeSeries(series)
    }

    function refreshLines() {
        longest.replace(chartData.longestPoints)
        if (checkinSeries.count > 0)
            checkinSeries.objectAt(0).replace(chartData.checkinPoints)
    }
    Connections {
        target: chartData
        function onChanged() { root.refreshLines() }
    }
    Component.onCompleted: refreshLines()

    // --- hover: the day's full figures ------------------------------------------------
    MouseArea {
        id: hover
        objectName: "hoverArea"
        x: root.plot.x
        y: root.plot.y
        width: root.plot.width
        height: root.plot.height
        hoverEnabled: true
        acceptedButtons: Qt.NoButton
        readonly property int index: containsMouse
            ? Math.min(root.slots - 1, Math.floor(mouseX / width * root.slots)) : -1
    }
    Rectangle {
        visible: hover.index >= 0
        x: root.slotX(Math.max(0, hover.index))
        y: root.plot.y
        width: root.plot.width / Math.max(1, root.slots)
        height: root.plot.height
        color: "transparent"
        border.color: chartData.muted
        border.width: 1
    }
    Rectangle {
        id: tooltip
        objectName: "tooltip"
        readonly property string text: hover.index >= 0 ? chartData.tooltips[hover.index] : ""
        visible: text.length > 0
        width: tipText.implicitWidth + root.line
        height: tipText.implicitHeight + root.line * 0.6
        x: {
            const px = hover.x + hover.mouseX + root.line
            return px + width > root.width ? Math.max(0, hover.x + hover.mouseX - width - root.line) : px
        }
        y: Math.max(0, Math.min(root.height - height, hover.y + hover.mouseY - height / 2))
        radius: 4
        color: chartData.background
        border.color: chartData.muted
        Text {
            id: tipText
            objectName: "tooltipText"
            anchors.centerIn: parent
            text: tooltip.text
            color: chartData.text
            font.pixelSize: chartData.fontPixels
        }
    }
}
