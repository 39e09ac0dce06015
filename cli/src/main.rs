fn main() {
    println!("kalkan {}", env!("CARGO_PKG_VERSION"));
}
