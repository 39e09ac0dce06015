//! The core's charts ([`kalkan::charts`]) as SVG text: the CLI's HTML report and the page draw
//! the same ones. Every text in them is escaped by the core; a page inserts them without HTML
//! parsing (e.g. `DOMParser` with `image/svg+xml`, then `importNode`).

use kalkan::charts::{self, IndexItem, LevelItem, LevelLegend};
use wasm_bindgen::prelude::*;

use crate::convert::{array_arg, bool_arg, object_arg, string_arg, u32_arg, Fields};

const INDEX_ITEMS: &str = "an array of {label, index, shown}";

fn index_item(f: &Fields<'_>) -> Result<IndexItem, JsValue> {
    Ok(IndexItem { label: f.string("label")?, index: f.number("index")?, shown: f.string("shown")? })
}

fn level_item(f: &Fields<'_>) -> Result<LevelItem, JsValue> {
    Ok(LevelItem { label: f.string("label")?, level: f.whole("level")?, target: f.whole("target")?, reached: f.boolean("reached")? })
}

/// A radar chart of indexes (0-100), one axis per item (with fewer than three items, horizontal
/// bars). `title` is the chart's accessible name (its `<title>`); `rtl` mirrors it.
#[wasm_bindgen(js_name = radarSvg)]
pub fn radar_svg(
    #[wasm_bindgen(unchecked_param_type = "IndexItem[]")] items: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] rtl: JsValue,
) -> Result<String, JsValue> {
    let items = array_arg(&items, "items", INDEX_ITEMS, index_item)?;
    Ok(charts::radar(&items, &string_arg(&title, "title")?, bool_arg(&rtl, "rtl")?))
}

/// Horizontal bars of indexes (0-100), one row per item.
#[wasm_bindgen(js_name = indexBarsSvg)]
pub fn index_bars_svg(
    #[wasm_bindgen(unchecked_param_type = "IndexItem[]")] items: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] rtl: JsValue,
) -> Result<String, JsValue> {
    let items = array_arg(&items, "items", INDEX_ITEMS, index_item)?;
    Ok(charts::index_bars(&items, &string_arg(&title, "title")?, bool_arg(&rtl, "rtl")?))
}

/// Horizontal bars of levels from 0 to `maxLevel`, each row's target marked (green when
/// reached), with a legend in the caller's words.
#[wasm_bindgen(js_name = levelBarsSvg)]
pub fn level_bars_svg(
    #[wasm_bindgen(unchecked_param_type = "LevelItem[]")] items: JsValue,
    #[wasm_bindgen(js_name = maxLevel, unchecked_param_type = "number")] max_level: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LevelLegend")] legend: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] rtl: JsValue,
) -> Result<String, JsValue> {
    let items = array_arg(&items, "items", "an array of {label, level, target, reached}", level_item)?;
    let max_level = u32_arg(&max_level, "maxLevel")?;
    let title = string_arg(&title, "title")?;
    let legend =
        object_arg(&legend, "legend", "an object {current, target}", |f| Ok(LevelLegend { current: f.string("current")?, target: f.string("target")? }))?;
    Ok(charts::level_bars(&items, max_level, &title, &legend, bool_arg(&rtl, "rtl")?))
}
