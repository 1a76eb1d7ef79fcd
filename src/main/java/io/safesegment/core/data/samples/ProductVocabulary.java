package io.safesegment.core.data.samples;

import io.safesegment.core.data.samples.PlantedSegment.PriceTier;
import java.util.List;

/**
 * Category-specific words for product names and descriptions, so that text features (TF-IDF) separate the
 * categories and themes. Brands are invented.
 */
final class ProductVocabulary {
    private ProductVocabulary() {
    }

    /** A theme inside a category; the products of one theme form one planted co-purchase bundle. */
    record Theme(String name, List<String> nouns) {
    }

    /**
     * One product category.
     *
     * @param minPrice  lowest list price in whole currency units
     * @param maxPrice  highest list price
     */
    record Category(String name, PriceTier tier, int minPrice, int maxPrice, List<String> brands,
            List<String> adjectives, List<Theme> themes, List<String> features, List<String> uses) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("Groceries", PriceTier.LOW, 2, 18,
                    List.of("Green Hollow", "Morning Mill", "Tidewater Pantry", "Sunfield"),
                    List.of("Organic", "Fresh", "Wholegrain", "Roasted", "Classic", "Family-size"),
                    List.of(new Theme("breakfast", List.of("Rolled Oats", "Granola", "Honey")),
                            new Theme("coffee and tea", List.of("Ground Coffee", "Green Tea", "Coffee Beans")),
                            new Theme("pasta and sauces", List.of("Spaghetti", "Tomato Sauce", "Pesto")),
                            new Theme("snacks", List.of("Trail Mix", "Crackers", "Dark Chocolate")),
                            new Theme("baking", List.of("Flour", "Baking Soda", "Vanilla Extract"))),
                    List.of("rich flavour", "no artificial preservatives", "resealable pack", "fair-trade sourced",
                            "high in fibre", "gluten-free recipe", "slow roasted", "locally milled"),
                    List.of("quick breakfasts", "family dinners", "the office pantry", "weekend baking")),
            new Category("Beauty & Personal Care", PriceTier.LOW, 4, 30,
                    List.of("Lumen Skin", "Petal & Pine", "Aquafleur", "Velvetine"),
                    List.of("Hydrating", "Gentle", "Soothing", "Radiant", "Fragrance-free", "Nourishing"),
                    List.of(new Theme("skin care", List.of("Face Cream", "Serum", "Cleanser")),
                            new Theme("hair care", List.of("Shampoo", "Conditioner", "Hair Oil")),
                            new Theme("body care", List.of("Body Lotion", "Shower Gel", "Hand Cream")),
                            new Theme("oral care", List.of("Toothpaste", "Mouthwash", "Toothbrush")),
                            new Theme("sun care", List.of("Sunscreen", "After-Sun Gel", "Lip Balm"))),
                    List.of("dermatologist tested", "hyaluronic acid", "vitamin E", "suitable for sensitive skin",
                            "paraben-free formula", "aloe vera", "cruelty-free", "light texture"),
                    List.of("daily routines", "dry skin", "travel kits", "summer days")),
            new Category("Books & Stationery", PriceTier.LOW, 3, 28,
                    List.of("Inkwell Press", "Paperlark", "Quill & Co", "Northpage"),
                    List.of("Illustrated", "Pocket", "Hardcover", "Lined", "Deluxe", "Bestselling"),
                    List.of(new Theme("fiction", List.of("Mystery Novel", "Fantasy Novel", "Short Stories")),
                            new Theme("cooking books", List.of("Cookbook", "Baking Guide", "Recipe Journal")),
                            new Theme("children", List.of("Picture Book", "Activity Book", "Bedtime Stories")),
                            new Theme("notebooks", List.of("Notebook", "Planner", "Sketchbook")),
                            new Theme("writing", List.of("Gel Pens", "Fountain Pen", "Highlighters"))),
                    List.of("acid-free paper", "smudge-proof ink", "sewn binding", "award-winning author",
                            "full-colour illustrations", "dated pages", "ribbon bookmark", "recycled cover"),
                    List.of("students", "book clubs", "journaling", "gift giving")),
            new Category("Home & Kitchen", PriceTier.MID, 15, 160,
                    List.of("Hearthwell", "Copperleaf", "Nordhaus Home", "Kitchora"),
                    List.of("Stainless", "Nonstick", "Ceramic", "Compact", "Premium", "Cast-iron"),
                    List.of(new Theme("cookware", List.of("Frying Pan", "Saucepan", "Dutch Oven")),
                            new Theme("small appliances", List.of("Blender", "Toaster", "Electric Kettle")),
                            new Theme("tableware", List.of("Dinner Plates", "Glass Tumblers", "Cutlery Set")),
                            new Theme("storage", List.of("Food Containers", "Spice Rack", "Pantry Jars")),
                            new Theme("bedding", List.of("Duvet Cover", "Pillow", "Cotton Sheets"))),
                    List.of("dishwasher safe", "even heat distribution", "BPA-free", "easy to clean",
                            "oven safe to 250 degrees", "long warranty", "stackable design", "breathable cotton"),
                    List.of("everyday cooking", "dinner parties", "small kitchens", "a restful sleep")),
            new Category("Fashion", PriceTier.MID, 20, 150,
                    List.of("Marlowe & Finch", "Urban Loom", "Corvid", "Seabright"),
                    List.of("Slim-fit", "Relaxed", "Waterproof", "Merino", "Linen", "Tailored"),
                    List.of(new Theme("outerwear", List.of("Rain Jacket", "Wool Coat", "Parka")),
                            new Theme("footwear", List.of("Sneakers", "Leather Boots", "Loafers")),
                            new Theme("tops", List.of("Shirt", "Sweater", "T-Shirt")),
                            new Theme("bottoms", List.of("Chinos", "Jeans", "Skirt")),
                            new Theme("accessories", List.of("Leather Belt", "Scarf", "Backpack"))),
                    List.of("soft organic cotton", "machine washable", "reinforced seams", "breathable fabric",
                            "classic cut", "cushioned sole", "wrinkle resistant", "adjustable fit"),
                    List.of("the office", "weekend outings", "cold winters", "travel")),
            new Category("Sports & Outdoors", PriceTier.MID, 15, 180,
                    List.of("Trailborn", "Summit Ridge", "Kinetiq", "Bluewater Sports"),
                    List.of("Lightweight", "Ultralight", "Durable", "Insulated", "Pro", "All-weather"),
                    List.of(new Theme("running", List.of("Running Shoes", "Running Vest", "Sports Watch Strap")),
                            new Theme("camping", List.of("Tent", "Sleeping Bag", "Camping Stove")),
                            new Theme("cycling", List.of("Bike Helmet", "Bike Lights", "Cycling Gloves")),
                            new Theme("fitness", List.of("Yoga Mat", "Dumbbells", "Resistance Bands")),
                            new Theme("swimming", List.of("Swim Goggles", "Swimsuit", "Kickboard"))),
                    List.of("sweat-wicking", "shock absorbing", "packs small", "reflective details",
                            "non-slip grip", "weather resistant", "quick drying", "ergonomic design"),
                    List.of("marathon training", "weekend hikes", "home workouts", "the daily commute")),
            new Category("Toys & Games", PriceTier.MID, 10, 90,
                    List.of("Pipwick", "Brightblock", "Tumbleweed Toys", "Puzzleworks"),
                    List.of("Wooden", "Educational", "Colourful", "Collectible", "Interactive", "Classic"),
                    List.of(new Theme("board games", List.of("Strategy Game", "Party Game", "Chess Set")),
                            new Theme("building", List.of("Building Blocks", "Construction Kit", "Marble Run")),
                            new Theme("puzzles", List.of("Jigsaw Puzzle", "Puzzle Cube", "Logic Puzzle")),
                            new Theme("plush", List.of("Teddy Bear", "Plush Dragon", "Soft Bunny")),
                            new Theme("outdoor play", List.of("Kite", "Water Blaster", "Frisbee"))),
                    List.of("ages 6 and up", "non-toxic paint", "two to six players", "1000 pieces",
                            "develops motor skills", "sturdy box", "easy rules", "hours of fun"),
                    List.of("family game night", "birthday presents", "rainy afternoons", "the classroom")),
            new Category("Garden & DIY", PriceTier.MID, 10, 170,
                    List.of("Rootstock", "Ironbark Tools", "Greenthumb", "Meadowlane"),
                    List.of("Heavy-duty", "Cordless", "Ergonomic", "Rust-proof", "Compact", "Professional"),
                    List.of(new Theme("power tools", List.of("Cordless Drill", "Jigsaw", "Sander")),
                            new Theme("hand tools", List.of("Hammer", "Screwdriver Set", "Pliers")),
                            new Theme("planting", List.of("Seed Starter Kit", "Plant Pots", "Potting Soil")),
                            new Theme("watering", List.of("Garden Hose", "Watering Can", "Sprinkler")),
                            new Theme("lighting", List.of("Solar Lights", "LED Floodlight", "Lantern"))),
                    List.of("lithium-ion battery", "hardened steel", "soft-grip handle", "frost resistant",
                            "adjustable spray", "weatherproof housing", "peat-free compost", "tool-free assembly"),
                    List.of("home renovation", "vegetable gardens", "balcony planting", "weekend projects")),
            new Category("Electronics", PriceTier.HIGH, 250, 2000,
                    List.of("Voltaic", "Nimbus Audio", "Quantia", "Helix Digital"),
                    List.of("Wireless", "Smart", "4K", "Noise-cancelling", "Portable", "Flagship"),
                    List.of(new Theme("audio", List.of("Headphones", "Soundbar", "Bluetooth Speaker")),
                            new Theme("computing", List.of("Laptop", "Monitor", "Tablet")),
                            new Theme("photography", List.of("Mirrorless Camera", "Camera Lens", "Drone")),
                            new Theme("smart home", List.of("Smart Thermostat", "Video Doorbell", "Robot Vacuum")),
                            new Theme("gaming", List.of("Game Console", "Gaming Monitor", "VR Headset"))),
                    List.of("long battery life", "USB-C charging", "high-resolution display", "fast processor",
                            "voice assistant support", "two-year warranty", "low latency", "Wi-Fi 6 connectivity"),
                    List.of("home entertainment", "remote work", "content creation", "competitive gaming")),
            new Category("Furniture", PriceTier.HIGH, 250, 1800,
                    List.of("Oakhaven", "Linden & Stone", "Modulo", "Fjordline"),
                    List.of("Solid-oak", "Mid-century", "Modular", "Upholstered", "Scandinavian", "Extendable"),
                    List.of(new Theme("living room", List.of("Sofa", "Armchair", "Coffee Table")),
                            new Theme("bedroom", List.of("Bed Frame", "Wardrobe", "Mattress")),
                            new Theme("dining", List.of("Dining Table", "Dining Chairs", "Sideboard")),
                            new Theme("home office", List.of("Standing Desk", "Office Chair", "Bookcase")),
                            new Theme("outdoor furniture", List.of("Patio Set", "Garden Bench", "Sun Lounger"))),
                    List.of("sustainably sourced wood", "stain-resistant fabric", "easy assembly",
                            "lumbar support", "memory foam", "scratch-resistant finish", "ten-year frame warranty",
                            "soft-close drawers"),
                    List.of("open-plan living", "small apartments", "working from home", "family gatherings")));
}
