//! The core's charts ([`kalkan::charts`]) as SVG text: the CLI's HTML report and the page draw
//! the same ones. Every text in them is escaped by the core; a page inserts them without HTML
//! parsing (e.g. `DOMParser` with `image/svg+xml`, then `importNode`).
//!
//! `level_bars` is not exported: it draws a grid line for every level up to its `max_level`, with
//! no bound, so an argument such as 4294967295 would exhaust the module's memory and trap it.

use kalkan::charts::{self, IndexItem};
use wasm_bindgen::prelude::*;

use crate::convert::{array_arg, bool_arg, string_arg, Fields};

const INDEX_ITEMS: &str = "an array of {label, index, shown}";

fn index_item(f: &Fields<'_>) -> Result<IndexItem, JsValue> {
    Ok(IndexItem { label: f.string("label")?, index: f.number("index")?, shown: f.string("shown")? })
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
#[cfg(feature = "api")]
#[wasm_bindgen(js_name = indexBarsSvg)]
pub fn index_bars_svg(
    #[wasm_bindgen(unchecked_param_type = "IndexItem[]")] items: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] rtl: JsValue,
) -> Result<String, JsValue> {
    let items = array_arg(&items, "items", INDEX_ITEMS, index_item)?;
    Ok(charts::index_bars(&items, &string_arg(&title, "title")?, bool_arg(&rtl, "rtl")?))
}
