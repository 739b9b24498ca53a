/**
 * Nutrition table for the demo catalogue: per-100 g values for the raw / as-used form of each food,
 * rounded from USDA FoodData Central (SR Legacy / Foundation) entries or typical retail labels.
 *
 * Diet class of the food itself: meat/poultry → omnivore; fish/shellfish → pescatarian;
 * dairy/egg/honey → vegetarian; plants → vegan.
 * Densities are g/ml (1 cup = 240 ml, 1 tbsp = 15 ml, 1 tsp = 5 ml); count weights are grams per
 * piece/clove/slice/can… as bought (cans: drained weight where the recipe drains them).
 */
import type { Ingredient } from "@/lib/catalogue/types";

import { food } from "./dsl";

const PRODUCE: Ingredient[] = [
  food("onion", "Onion", "produce", [40, 1.1, 9.3, 0.1], "vegan", { per: { piece: 110 } }),
  food("red-onion", "Red onion", "produce", [40, 1.1, 9.3, 0.1], "vegan", { per: { piece: 110 } }),
  food("spring-onion", "Spring onion", "produce", [32, 1.8, 7.3, 0.2], "vegan", {
    per: { piece: 15, stalk: 15 },
  }),
  food("shallot", "Shallot", "produce", [72, 2.5, 16.8, 0.1], "vegan", { per: { piece: 30 } }),
  food("garlic", "Garlic", "produce", [149, 6.4, 33.1, 0.5], "vegan", { per: { clove: 3 } }),
  food("ginger", "Fresh ginger", "produce", [80, 1.8, 17.8, 0.8], "vegan", {
    density: 0.4,
    per: { piece: 15 },
  }),
  food("carrot", "Carrot", "produce", [41, 0.9, 9.6, 0.2], "vegan", { per: { piece: 61 } }),
  food("celery", "Celery", "produce", [14, 0.7, 3, 0.2], "vegan", { per: { stalk: 40 } }),
  food("potato", "Potato", "produce", [77, 2, 17.5, 0.1], "vegan", { per: { piece: 213 } }),
  food("new-potatoes", "New potatoes", "produce", [70, 1.9, 15.9, 0.1], "vegan"),
  food("sweet-potato", "Sweet potato", "produce", [86, 1.6, 20.1, 0.1], "vegan", { per: { piece: 130 } }),
  food("tomato", "Tomato", "produce", [18, 0.9, 3.9, 0.2], "vegan", { per: { piece: 123 } }),
  food("cherry-tomatoes", "Cherry tomatoes", "produce", [18, 0.9, 3.9, 0.2], "vegan", { per: { piece: 17 } }),
  food("cucumber", "Cucumber", "produce", [15, 0.7, 3.6, 0.1], "vegan", { per: { piece: 300 } }),
  food("bell-pepper", "Bell pepper", "produce", [31, 1, 6, 0.3], "vegan", { per: { piece: 120 } }),
  food("courgette", "Courgette (zucchini)", "produce", [17, 1.2, 3.1, 0.3], "vegan", { per: { piece: 200 } }),
  food("aubergine", "Aubergine (eggplant)", "produce", [25, 1, 5.9, 0.2], "vegan", { per: { piece: 450 } }),
  food("broccoli", "Broccoli", "produce", [34, 2.8, 6.6, 0.4], "vegan"),
  food("tenderstem-broccoli", "Tenderstem broccoli", "produce", [35, 3, 5.5, 0.4], "vegan"),
  food("cauliflower", "Cauliflower", "produce", [25, 1.9, 5, 0.3], "vegan"),
  food("spinach", "Spinach", "produce", [23, 2.9, 3.6, 0.4], "vegan"),
  food("kale", "Kale", "produce", [35, 2.9, 4.4, 1.5], "vegan"),
  food("romaine-lettuce", "Romaine lettuce", "produce", [17, 1.2, 3.3, 0.3], "vegan", { per: { leaf: 10 } }),
  food("mixed-salad-leaves", "Mixed salad leaves", "produce", [17, 1.5, 3, 0.2], "vegan"),
  food("rocket", "Rocket (arugula)", "produce", [25, 2.6, 3.7, 0.7], "vegan"),
  food("cabbage", "White cabbage", "produce", [25, 1.3, 5.8, 0.1], "vegan"),
  food("red-cabbage", "Red cabbage", "produce", [31, 1.4, 7.4, 0.2], "vegan"),
  food("mushrooms", "Mushrooms", "produce", [22, 3.1, 3.3, 0.3], "vegan"),
  food("green-beans", "Green beans", "produce", [31, 1.8, 7, 0.2], "vegan"),
  food("asparagus", "Asparagus", "produce", [20, 2.2, 3.9, 0.1], "vegan"),
  food("avocado", "Avocado", "produce", [160, 2, 8.5, 14.7], "vegan", { per: { piece: 150 } }),
  food("lemon", "Lemon", "produce", [29, 1.1, 9.3, 0.3], "vegan", { per: { piece: 100 } }),
  food("lemon-juice", "Lemon juice", "produce", [22, 0.4, 6.9, 0.2], "vegan", { density: 1.03 }),
  food("lime", "Lime", "produce", [30, 0.7, 10.5, 0.2], "vegan", { per: { piece: 67 } }),
  food("lime-juice", "Lime juice", "produce", [25, 0.4, 8.4, 0.1], "vegan", { density: 1.03 }),
  food("apple", "Apple", "produce", [52, 0.3, 13.8, 0.2], "vegan", { per: { piece: 182 } }),
  food("pear", "Pear", "produce", [57, 0.4, 15.2, 0.1], "vegan", { per: { piece: 178 } }),
  food("banana", "Banana", "produce", [89, 1.1, 22.8, 0.3], "vegan", { per: { piece: 118 } }),
  food("blueberries", "Blueberries", "produce", [57, 0.7, 14.5, 0.3], "vegan", { density: 0.62 }),
  food("strawberries", "Strawberries", "produce", [32, 0.7, 7.7, 0.3], "vegan", {
    density: 0.6,
    per: { piece: 12 },
  }),
  food("raspberries", "Raspberries", "produce", [52, 1.2, 11.9, 0.7], "vegan", { density: 0.52 }),
  food("mango", "Mango", "produce", [60, 0.8, 15, 0.4], "vegan", { per: { piece: 200 } }),
  food("orange", "Orange", "produce", [47, 0.9, 11.8, 0.1], "vegan", { per: { piece: 131 } }),
  food("pineapple", "Pineapple", "produce", [50, 0.5, 13.1, 0.1], "vegan"),
  food("grapes", "Grapes", "produce", [69, 0.7, 18.1, 0.2], "vegan"),
  food("kiwi", "Kiwi fruit", "produce", [61, 1.1, 14.7, 0.5], "vegan", { per: { piece: 69 } }),
  food("peach", "Peach", "produce", [39, 0.9, 9.5, 0.3], "vegan", { per: { piece: 150 } }),
  food("medjool-dates", "Medjool dates", "produce", [277, 1.8, 75, 0.2], "vegan", { per: { piece: 24 } }),
  food("coriander", "Fresh coriander (cilantro)", "produce", [23, 2.1, 3.7, 0.5], "vegan", {
    per: { bunch: 30, sprig: 1 },
  }),
  food("parsley", "Fresh parsley", "produce", [36, 3, 6.3, 0.8], "vegan", { per: { bunch: 30, sprig: 1 } }),
  food("basil", "Fresh basil", "produce", [23, 3.2, 2.7, 0.6], "vegan", {
    per: { bunch: 25, leaf: 0.5, sprig: 2 },
  }),
  food("mint", "Fresh mint", "produce", [44, 3.3, 8.4, 0.7], "vegan", {
    per: { bunch: 25, leaf: 0.3, sprig: 2 },
  }),
  food("dill", "Fresh dill", "produce", [43, 3.5, 7, 1.1], "vegan", { per: { bunch: 20, sprig: 1 } }),
  food("chives", "Fresh chives", "produce", [30, 3.3, 4.4, 0.7], "vegan", { per: { bunch: 20 } }),
  food("rosemary", "Fresh rosemary", "produce", [131, 3.3, 20.7, 5.9], "vegan", { per: { sprig: 1 } }),
  food("red-chilli", "Red chilli", "produce", [40, 1.9, 8.8, 0.4], "vegan", { per: { piece: 15 } }),
  food("jalapeno", "Jalapeño", "produce", [29, 0.9, 6.5, 0.4], "vegan", { per: { piece: 14 } }),
  food("beetroot", "Beetroot", "produce", [43, 1.6, 9.6, 0.2], "vegan", { per: { piece: 82 } }),
  food("butternut-squash", "Butternut squash", "produce", [45, 1, 11.7, 0.1], "vegan"),
  food("leek", "Leek", "produce", [61, 1.5, 14.2, 0.3], "vegan", { per: { piece: 89 } }),
  food("pak-choi", "Pak choi (bok choy)", "produce", [13, 1.5, 2.2, 0.2], "vegan", { per: { piece: 120 } }),
  food("bean-sprouts", "Bean sprouts", "produce", [30, 3, 5.9, 0.2], "vegan"),
  food("radish", "Radishes", "produce", [16, 0.7, 3.4, 0.1], "vegan", { per: { piece: 5 } }),
  food("fennel", "Fennel bulb", "produce", [31, 1.2, 7.3, 0.2], "vegan", { per: { piece: 230 } }),
];

const GRAINS_AND_BAKERY: Ingredient[] = [
  food("rolled-oats", "Rolled oats", "grains-pasta", [379, 13.2, 67.7, 6.5], "vegan", {
    allergens: ["gluten"],
    density: 0.41,
  }),
  food("gluten-free-oats", "Gluten-free rolled oats", "grains-pasta", [379, 13.2, 67.7, 6.5], "vegan", {
    density: 0.41,
  }),
  food("white-rice", "Long-grain white rice (raw)", "grains-pasta", [365, 7.1, 80, 0.7], "vegan", {
    density: 0.85,
  }),
  food("basmati-rice", "Basmati rice (raw)", "grains-pasta", [360, 8.1, 78, 0.6], "vegan", { density: 0.85 }),
  food("brown-rice", "Brown rice (raw)", "grains-pasta", [370, 7.9, 77.2, 2.9], "vegan", { density: 0.85 }),
  food("arborio-rice", "Arborio rice (raw)", "grains-pasta", [358, 6.5, 79, 0.6], "vegan", { density: 0.85 }),
  food("quinoa", "Quinoa (raw)", "grains-pasta", [368, 14.1, 64.2, 6.1], "vegan", { density: 0.71 }),
  food("pasta", "Dried pasta", "grains-pasta", [371, 13, 74.7, 1.5], "vegan", { allergens: ["gluten"] }),
  food("wholewheat-pasta", "Wholewheat dried pasta", "grains-pasta", [352, 13.9, 75, 1.4], "vegan", {
    allergens: ["gluten"],
  }),
  food("gluten-free-pasta", "Gluten-free pasta (rice & corn)", "grains-pasta", [357, 7, 79, 1.5], "vegan"),
  food("rice-noodles", "Rice noodles (dried)", "grains-pasta", [364, 6, 80, 0.6], "vegan"),
  food("egg-noodles", "Egg noodles (dried)", "grains-pasta", [384, 14.2, 71.3, 4.4], "vegetarian", {
    allergens: ["gluten", "egg"],
  }),
  food("soba-noodles", "Soba noodles (dried)", "grains-pasta", [336, 14.4, 74.6, 0.7], "vegan", {
    allergens: ["gluten"],
  }),
  food("couscous", "Couscous (dry)", "grains-pasta", [376, 12.8, 77.4, 0.6], "vegan", {
    allergens: ["gluten"],
    density: 0.73,
  }),
  food("bulgur", "Bulgur wheat (dry)", "grains-pasta", [342, 12.3, 75.9, 1.3], "vegan", {
    allergens: ["gluten"],
    density: 0.74,
  }),
  food("polenta", "Polenta / cornmeal (dry)", "grains-pasta", [370, 8, 79, 1.5], "vegan", { density: 0.65 }),
  food("buckwheat-groats", "Buckwheat groats (raw)", "grains-pasta", [343, 13.3, 71.5, 3.4], "vegan", {
    density: 0.72,
  }),
  food("red-lentils", "Red lentils (dry)", "grains-pasta", [358, 23.9, 63.1, 2.2], "vegan", { density: 0.8 }),
  food("green-lentils", "Green lentils (dry)", "grains-pasta", [352, 24.6, 63.4, 1.1], "vegan", {
    density: 0.8,
  }),
  food("plain-flour", "Plain flour", "baking", [364, 10.3, 76.3, 1], "vegan", {
    allergens: ["gluten"],
    density: 0.53,
    staple: true,
  }),
  food("wholemeal-flour", "Wholemeal flour", "baking", [340, 13.2, 72, 2.5], "vegan", {
    allergens: ["gluten"],
    density: 0.51,
  }),
  food("buckwheat-flour", "Buckwheat flour", "baking", [335, 12.6, 70.6, 3.1], "vegan", { density: 0.5 }),
  food("chickpea-flour", "Chickpea (gram) flour", "baking", [387, 22.4, 57.8, 6.7], "vegan", {
    density: 0.39,
  }),
  food("ground-almonds", "Ground almonds", "baking", [579, 21.2, 21.6, 49.9], "vegan", {
    allergens: ["nuts"],
    density: 0.4,
  }),
  food("wholemeal-bread", "Wholemeal bread", "bakery", [252, 12.4, 42.7, 3.5], "vegan", {
    allergens: ["gluten"],
    per: { slice: 32 },
  }),
  food("white-bread", "White bread", "bakery", [266, 7.6, 50.6, 3.3], "vegan", {
    allergens: ["gluten"],
    per: { slice: 30 },
  }),
  food("sourdough-bread", "Sourdough bread", "bakery", [272, 10.8, 51.9, 3], "vegan", {
    allergens: ["gluten"],
    per: { slice: 45 },
  }),
  food("rye-bread", "Dark rye bread", "bakery", [259, 8.5, 48.3, 3.3], "vegan", {
    allergens: ["gluten"],
    per: { slice: 32 },
  }),
  food("gluten-free-bread", "Gluten-free bread (vegan)", "bakery", [250, 4.5, 45, 5.5], "vegan", {
    per: { slice: 33 },
  }),
  food("flour-tortilla", "Flour tortilla", "bakery", [304, 8.2, 50, 7.5], "vegan", {
    allergens: ["gluten"],
    per: { piece: 45 },
  }),
  food("corn-tortilla", "Corn tortilla", "bakery", [218, 5.7, 44.6, 2.9], "vegan", { per: { piece: 26 } }),
  food("pitta-bread", "Pitta bread", "bakery", [275, 9.1, 55.7, 1.2], "vegan", {
    allergens: ["gluten"],
    per: { piece: 60 },
  }),
  food("naan-bread", "Naan bread", "bakery", [291, 9.6, 50.4, 5.7], "vegetarian", {
    allergens: ["gluten", "dairy"],
    per: { piece: 90 },
  }),
  food("bagel", "Plain bagel", "bakery", [257, 10.1, 50.5, 1.6], "vegan", {
    allergens: ["gluten"],
    per: { piece: 95 },
  }),
  food("english-muffin", "English muffin", "bakery", [235, 8.9, 46, 1.8], "vegan", {
    allergens: ["gluten"],
    per: { piece: 57 },
  }),
  food("burger-bun", "Burger bun", "bakery", [279, 9.5, 49.5, 4.3], "vegan", {
    allergens: ["gluten"],
    per: { piece: 60 },
  }),
  food("ciabatta", "Ciabatta roll", "bakery", [271, 9.4, 50.6, 3.5], "vegan", {
    allergens: ["gluten"],
    per: { piece: 80 },
  }),
  food("rice-cakes", "Plain rice cakes", "grains-pasta", [387, 8.2, 81.5, 2.8], "vegan", {
    per: { piece: 9 },
  }),
  food("rye-crispbread", "Rye crispbread", "bakery", [366, 7.9, 82.2, 1.3], "vegan", {
    allergens: ["gluten"],
    per: { piece: 10 },
  }),
  food("oatcakes", "Oatcakes", "bakery", [441, 10, 58, 18], "vegan", {
    allergens: ["gluten"],
    per: { piece: 10 },
  }),
  food("granola", "Nut granola", "grains-pasta", [471, 10.5, 64.3, 19.7], "vegan", {
    allergens: ["gluten", "nuts"],
    density: 0.5,
  }),
  food("breadcrumbs", "Dried breadcrumbs", "bakery", [395, 13.4, 71.9, 5.3], "vegan", {
    allergens: ["gluten"],
    density: 0.45,
  }),
  food("tortilla-chips", "Tortilla chips", "grains-pasta", [489, 7.3, 63.7, 23.3], "vegan"),
  food("popcorn-kernels", "Popcorn kernels", "grains-pasta", [387, 12.9, 77.8, 4.5], "vegan", {
    density: 0.8,
  }),
];

const DAIRY_AND_EGGS: Ingredient[] = [
  food("milk", "Milk (semi-skimmed, 2%)", "dairy-eggs", [50, 3.3, 4.8, 2], "vegetarian", {
    allergens: ["dairy"],
    density: 1.03,
  }),
  food("greek-yogurt", "Greek yogurt (2% fat)", "dairy-eggs", [73, 10, 3.9, 2], "vegetarian", {
    allergens: ["dairy"],
    density: 1.03,
  }),
  food("greek-yogurt-full-fat", "Greek yogurt (full-fat)", "dairy-eggs", [97, 9, 4, 5], "vegetarian", {
    allergens: ["dairy"],
    density: 1.03,
  }),
  food("natural-yogurt", "Natural yogurt (whole milk)", "dairy-eggs", [61, 3.5, 4.7, 3.3], "vegetarian", {
    allergens: ["dairy"],
    density: 1.03,
  }),
  food("cottage-cheese", "Cottage cheese (4% fat)", "dairy-eggs", [98, 11.1, 3.4, 4.3], "vegetarian", {
    allergens: ["dairy"],
    density: 0.94,
  }),
  food("cheddar", "Cheddar cheese", "dairy-eggs", [403, 24.9, 1.3, 33.1], "vegetarian", {
    allergens: ["dairy"],
    density: 0.47,
    per: { slice: 20 },
  }),
  food("feta", "Feta cheese", "dairy-eggs", [264, 14.2, 4.1, 21.3], "vegetarian", { allergens: ["dairy"] }),
  food("mozzarella", "Mozzarella", "dairy-eggs", [280, 22.2, 2.2, 20.5], "vegetarian", {
    allergens: ["dairy"],
    density: 0.45,
    per: { piece: 125 },
  }),
  food("parmesan", "Parmesan", "dairy-eggs", [392, 35.8, 3.2, 25.8], "vegetarian", {
    allergens: ["dairy"],
    density: 0.35,
  }),
  food("halloumi", "Halloumi", "dairy-eggs", [321, 21, 2, 25], "vegetarian", { allergens: ["dairy"] }),
  food("ricotta", "Ricotta (whole milk)", "dairy-eggs", [174, 11.3, 3, 13], "vegetarian", {
    allergens: ["dairy"],
    density: 1.03,
  }),
  food("cream-cheese", "Cream cheese", "dairy-eggs", [342, 5.9, 5.5, 34.2], "vegetarian", {
    allergens: ["dairy"],
    density: 0.97,
  }),
  food("goats-cheese", "Soft goats' cheese", "dairy-eggs", [264, 18.5, 0.9, 21.1], "vegetarian", {
    allergens: ["dairy"],
  }),
  food("paneer", "Paneer", "dairy-eggs", [321, 21.4, 3.6, 25], "vegetarian", { allergens: ["dairy"] }),
  food("double-cream", "Double (heavy) cream", "dairy-eggs", [340, 2.8, 2.7, 36.1], "vegetarian", {
    allergens: ["dairy"],
    density: 1,
  }),
  food("sour-cream", "Sour cream", "dairy-eggs", [198, 2.4, 4.6, 19.4], "vegetarian", {
    allergens: ["dairy"],
    density: 0.96,
  }),
  food("butter", "Butter", "dairy-eggs", [717, 0.9, 0.1, 81.1], "vegetarian", {
    allergens: ["dairy"],
    density: 0.91,
  }),
  food("egg", "Egg", "dairy-eggs", [143, 12.6, 0.7, 9.5], "vegetarian", {
    allergens: ["egg"],
    per: { piece: 50 },
  }),
  food("egg-white", "Liquid egg white", "dairy-eggs", [52, 10.9, 0.7, 0.2], "vegetarian", {
    allergens: ["egg"],
    density: 1.03,
  }),
  food("whey-protein", "Whey protein powder (unflavoured)", "other", [380, 78, 8, 5], "vegetarian", {
    allergens: ["dairy"],
    density: 0.4,
  }),
];

const PLANT_MILKS_AND_PROTEINS: Ingredient[] = [
  food("soy-milk", "Soy milk (unsweetened)", "dairy-eggs", [33, 2.9, 1.7, 1.6], "vegan", {
    allergens: ["soy"],
    density: 1.03,
  }),
  food("almond-milk", "Almond milk (unsweetened)", "dairy-eggs", [15, 0.6, 0.6, 1.1], "vegan", {
    allergens: ["nuts"],
    density: 1.01,
  }),
  food("oat-milk", "Oat milk", "dairy-eggs", [46, 1, 6.7, 1.5], "vegan", {
    allergens: ["gluten"],
    density: 1.03,
  }),
  food("rice-milk", "Rice milk", "dairy-eggs", [47, 0.3, 9.2, 1], "vegan", { density: 1.03 }),
  food("coconut-yogurt", "Coconut yogurt (plain)", "dairy-eggs", [120, 1, 6, 10], "vegan", { density: 1.03 }),
  food("soy-yogurt", "Soy yogurt (plain)", "dairy-eggs", [66, 4.1, 5.3, 2.9], "vegan", {
    allergens: ["soy"],
    density: 1.03,
  }),
  food("firm-tofu", "Firm tofu", "other", [144, 17.3, 2.8, 8.7], "vegan", { allergens: ["soy"] }),
  food("silken-tofu", "Silken tofu", "other", [55, 4.8, 2.9, 2.7], "vegan", { allergens: ["soy"] }),
  food("tempeh", "Tempeh", "other", [192, 20.3, 7.6, 10.8], "vegan", { allergens: ["soy"] }),
  food("edamame", "Edamame (shelled, frozen)", "frozen", [121, 11.9, 8.9, 5.2], "vegan", {
    allergens: ["soy"],
    density: 0.65,
  }),
  food("pea-protein", "Pea protein powder (unflavoured)", "other", [380, 80, 4, 7], "vegan", {
    density: 0.4,
  }),
  food("nutritional-yeast", "Nutritional yeast flakes", "spices-condiments", [380, 48, 36, 4.5], "vegan", {
    density: 0.33,
  }),
];

const LEGUMES_AND_CANS: Ingredient[] = [
  food("chickpeas", "Chickpeas (canned, drained)", "canned-jarred", [139, 7, 22.5, 2.6], "vegan", {
    density: 0.68,
    per: { can: 240 },
  }),
  food("black-beans", "Black beans (canned, drained)", "canned-jarred", [91, 6, 16.6, 0.3], "vegan", {
    density: 0.72,
    per: { can: 240 },
  }),
  food("kidney-beans", "Kidney beans (canned, drained)", "canned-jarred", [100, 7, 17, 0.5], "vegan", {
    density: 0.72,
    per: { can: 240 },
  }),
  food(
    "cannellini-beans",
    "Cannellini beans (canned, drained)",
    "canned-jarred",
    [114, 7.3, 21, 0.3],
    "vegan",
    { density: 0.72, per: { can: 240 } },
  ),
  food("butter-beans", "Butter beans (canned, drained)", "canned-jarred", [80, 5.4, 14, 0.3], "vegan", {
    density: 0.72,
    per: { can: 240 },
  }),
  food("lentils-canned", "Green lentils (canned, drained)", "canned-jarred", [116, 9, 20.1, 0.4], "vegan", {
    density: 0.8,
    per: { can: 240 },
  }),
  food("baked-beans", "Baked beans in tomato sauce", "canned-jarred", [94, 4.8, 21.1, 0.4], "vegan", {
    density: 1.05,
    per: { can: 415 },
  }),
  food("chopped-tomatoes", "Chopped tomatoes (canned)", "canned-jarred", [32, 1.6, 7.3, 0.3], "vegan", {
    density: 1.03,
    per: { can: 400 },
  }),
  food("passata", "Passata", "canned-jarred", [29, 1.4, 5.5, 0.2], "vegan", { density: 1.03 }),
  food("tomato-paste", "Tomato paste", "canned-jarred", [82, 4.3, 18.9, 0.5], "vegan", { density: 1.07 }),
  food("coconut-milk", "Coconut milk (canned)", "canned-jarred", [197, 2, 2.8, 21.3], "vegan", {
    density: 1,
    per: { can: 400 },
  }),
  food("light-coconut-milk", "Light coconut milk (canned)", "canned-jarred", [73, 0.7, 2.3, 7], "vegan", {
    density: 1,
    per: { can: 400 },
  }),
  food("vegetable-stock", "Vegetable stock", "canned-jarred", [6, 0.3, 1, 0.1], "vegan", { density: 1 }),
  food("chicken-stock", "Chicken stock", "canned-jarred", [10, 1.5, 0.5, 0.3], "omnivore", { density: 1 }),
  food("sweetcorn", "Sweetcorn kernels", "frozen", [86, 3.3, 19, 1.4], "vegan", {
    density: 0.68,
    per: { can: 200 },
  }),
  food("peas", "Frozen peas", "frozen", [77, 5.2, 13.6, 0.4], "vegan", { density: 0.6 }),
  food("frozen-berries", "Frozen mixed berries", "frozen", [48, 0.8, 11.5, 0.3], "vegan", { density: 0.6 }),
  food("olives", "Olives (drained)", "canned-jarred", [145, 1, 3.8, 15.3], "vegan", { per: { piece: 4 } }),
  food("capers", "Capers", "canned-jarred", [23, 2.4, 4.9, 0.9], "vegan", { density: 0.57 }),
  food(
    "sun-dried-tomatoes",
    "Sun-dried tomatoes in oil (drained)",
    "canned-jarred",
    [213, 5.1, 23.3, 14.1],
    "vegan",
  ),
  food("roasted-red-peppers", "Roasted red peppers (jar)", "canned-jarred", [25, 1, 5, 0.3], "vegan"),
  food("pesto", "Basil pesto", "canned-jarred", [450, 5.4, 5.5, 45], "vegetarian", {
    allergens: ["dairy", "nuts"],
    density: 1.05,
  }),
  food("salsa", "Tomato salsa", "canned-jarred", [36, 1.5, 6.6, 0.2], "vegan", { density: 1.03 }),
  food("hummus", "Hummus", "canned-jarred", [166, 7.9, 14.3, 9.6], "vegan", { density: 1 }),
  food("thai-curry-paste", "Thai red curry paste (vegan)", "canned-jarred", [130, 2.5, 15, 6], "vegan", {
    density: 1.05,
  }),
  food("harissa", "Harissa paste", "canned-jarred", [130, 3, 12, 8], "vegan", { density: 1.05 }),
  food("gochujang", "Gochujang", "canned-jarred", [210, 4.7, 44, 1.3], "vegan", {
    allergens: ["gluten", "soy"],
    density: 1.2,
  }),
  food("miso-paste", "White miso paste", "canned-jarred", [198, 12.8, 25.4, 6], "vegan", {
    allergens: ["soy"],
    density: 1.15,
  }),
];

const MEAT: Ingredient[] = [
  food("chicken-breast", "Chicken breast (skinless)", "meat", [120, 22.5, 0, 2.6], "omnivore", {
    per: { piece: 170 },
  }),
  food("chicken-thigh", "Chicken thigh (boneless, skinless)", "meat", [121, 19.7, 0, 4.1], "omnivore", {
    per: { piece: 100 },
  }),
  food("cooked-chicken", "Roast chicken breast (cooked)", "meat", [165, 31, 0, 3.6], "omnivore"),
  food("turkey-mince", "Turkey mince (7% fat)", "meat", [150, 18.7, 0, 8.3], "omnivore"),
  food("turkey-breast", "Turkey breast", "meat", [114, 23.7, 0, 1.5], "omnivore", { per: { slice: 20 } }),
  food("lean-beef-mince", "Lean beef mince (5% fat)", "meat", [137, 21.4, 0, 5], "omnivore"),
  food("beef-mince", "Beef mince (15% fat)", "meat", [215, 18.6, 0, 15], "omnivore"),
  food("sirloin-steak", "Sirloin steak", "meat", [156, 21.3, 0, 7.3], "omnivore", { per: { piece: 225 } }),
  food("stewing-beef", "Stewing beef (chuck)", "meat", [158, 20.5, 0, 8.4], "omnivore"),
  food("pork-loin", "Pork loin (lean)", "meat", [143, 21.4, 0, 5.7], "omnivore", { per: { piece: 150 } }),
  food("pork-mince", "Pork mince", "meat", [263, 16.9, 0, 21.2], "omnivore"),
  food("pork-sausages", "Pork sausages", "meat", [268, 14.6, 2, 22], "omnivore", {
    allergens: ["gluten"],
    per: { piece: 60 },
  }),
  food("bacon", "Back bacon", "meat", [215, 16.5, 0.5, 16.5], "omnivore", { per: { slice: 25 } }),
  food("ham", "Sliced ham", "meat", [145, 21, 1.5, 6], "omnivore", { per: { slice: 20 } }),
  food("chorizo", "Chorizo", "meat", [455, 24.1, 1.9, 38.3], "omnivore"),
  food("lamb-mince", "Lamb mince", "meat", [282, 16.6, 0, 23.4], "omnivore"),
  food("lamb-leg", "Lamb leg steak (lean)", "meat", [134, 20.6, 0, 5.2], "omnivore", { per: { piece: 150 } }),
  food("beef-jerky", "Beef jerky", "meat", [410, 33.2, 11, 25.6], "omnivore", {
    allergens: ["soy", "gluten"],
  }),
];

const SEAFOOD: Ingredient[] = [
  food("salmon-fillet", "Salmon fillet", "seafood", [208, 20.4, 0, 13.4], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 130 },
  }),
  food("cod-fillet", "Cod fillet", "seafood", [82, 17.8, 0, 0.7], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 140 },
  }),
  food("sea-bass-fillet", "Sea bass fillet", "seafood", [97, 18.4, 0, 2], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 100 },
  }),
  food("trout-fillet", "Rainbow trout fillet", "seafood", [141, 20.8, 0, 6.2], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 120 },
  }),
  food("tuna-steak", "Tuna steak", "seafood", [109, 24.4, 0, 0.5], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 150 },
  }),
  food("canned-tuna", "Tuna in spring water (drained)", "canned-jarred", [116, 25.5, 0, 0.8], "pescatarian", {
    allergens: ["fish"],
    per: { can: 112 },
  }),
  food("smoked-salmon", "Smoked salmon", "seafood", [117, 18.3, 0, 4.3], "pescatarian", {
    allergens: ["fish"],
    per: { slice: 25 },
  }),
  food("smoked-mackerel", "Smoked mackerel", "seafood", [305, 18.9, 0, 25.1], "pescatarian", {
    allergens: ["fish"],
  }),
  food("sardines", "Sardines in olive oil (drained)", "canned-jarred", [208, 24.6, 0, 11.5], "pescatarian", {
    allergens: ["fish"],
    per: { can: 90 },
  }),
  food("anchovies", "Anchovy fillets in oil", "canned-jarred", [210, 28.9, 0, 9.7], "pescatarian", {
    allergens: ["fish"],
    per: { piece: 4 },
  }),
  food("prawns", "Raw king prawns", "seafood", [85, 20.1, 0, 0.5], "pescatarian", {
    allergens: ["shellfish"],
  }),
  food("mussels", "Mussels (shelled meat weight)", "seafood", [86, 11.9, 3.7, 2.2], "pescatarian", {
    allergens: ["shellfish"],
  }),
  food("crab-meat", "White crab meat", "seafood", [83, 17.9, 0, 0.7], "pescatarian", {
    allergens: ["shellfish"],
  }),
  food("fish-sauce", "Fish sauce", "spices-condiments", [35, 5.1, 3.6, 0], "pescatarian", {
    allergens: ["fish"],
    density: 1.2,
  }),
];

const NUTS_AND_SEEDS: Ingredient[] = [
  food("almonds", "Almonds", "nuts-seeds", [579, 21.2, 21.6, 49.9], "vegan", {
    allergens: ["nuts"],
    density: 0.6,
  }),
  food("walnuts", "Walnuts", "nuts-seeds", [654, 15.2, 13.7, 65.2], "vegan", {
    allergens: ["nuts"],
    density: 0.49,
  }),
  food("cashews", "Cashews", "nuts-seeds", [553, 18.2, 30.2, 43.8], "vegan", {
    allergens: ["nuts"],
    density: 0.57,
  }),
  food("pistachios", "Pistachios (shelled)", "nuts-seeds", [560, 20.2, 27.2, 45.3], "vegan", {
    allergens: ["nuts"],
    density: 0.52,
  }),
  food("pine-nuts", "Pine nuts", "nuts-seeds", [673, 13.7, 13.1, 68.4], "vegan", {
    allergens: ["nuts"],
    density: 0.56,
  }),
  food("peanuts", "Roasted peanuts", "nuts-seeds", [585, 24.4, 21.3, 49.7], "vegan", {
    allergens: ["peanuts"],
    density: 0.6,
  }),
  food("peanut-butter", "Peanut butter", "nuts-seeds", [588, 25, 20, 50], "vegan", {
    allergens: ["peanuts"],
    density: 1.07,
  }),
  food("almond-butter", "Almond butter", "nuts-seeds", [614, 21, 18.8, 55.5], "vegan", {
    allergens: ["nuts"],
    density: 1.07,
  }),
  food("tahini", "Tahini", "nuts-seeds", [595, 17, 21.2, 53.8], "vegan", { density: 1 }),
  food("chia-seeds", "Chia seeds", "nuts-seeds", [486, 16.5, 42.1, 30.7], "vegan", { density: 0.8 }),
  food("ground-flaxseed", "Ground flaxseed", "nuts-seeds", [534, 18.3, 28.9, 42.2], "vegan", {
    density: 0.47,
  }),
  food("pumpkin-seeds", "Pumpkin seeds", "nuts-seeds", [559, 30.2, 10.7, 49], "vegan", { density: 0.55 }),
  food("sunflower-seeds", "Sunflower seeds", "nuts-seeds", [584, 20.8, 20, 51.5], "vegan", { density: 0.56 }),
  food("sesame-seeds", "Sesame seeds", "nuts-seeds", [573, 17.7, 23.4, 49.7], "vegan", { density: 0.6 }),
  food("hemp-seeds", "Hulled hemp seeds", "nuts-seeds", [553, 31.6, 8.7, 48.8], "vegan", { density: 0.67 }),
  food("desiccated-coconut", "Desiccated coconut", "baking", [660, 6.9, 23.7, 64.5], "vegan", {
    density: 0.35,
  }),
  food("raisins", "Raisins", "baking", [299, 3.1, 79.2, 0.5], "vegan", { density: 0.6 }),
  food("dried-apricots", "Dried apricots", "baking", [241, 3.4, 62.6, 0.5], "vegan", { per: { piece: 8 } }),
  food("dark-chocolate", "Dark chocolate (70%+, dairy-free)", "baking", [598, 7.8, 45.9, 42.6], "vegan"),
  food("cocoa-powder", "Cocoa powder (unsweetened)", "baking", [228, 19.6, 57.9, 13.7], "vegan", {
    density: 0.36,
  }),
];

const PANTRY: Ingredient[] = [
  food("olive-oil", "Olive oil", "oils-vinegars", [884, 0, 0, 100], "vegan", { density: 0.92, staple: true }),
  food("vegetable-oil", "Vegetable (rapeseed) oil", "oils-vinegars", [884, 0, 0, 100], "vegan", {
    density: 0.92,
    staple: true,
  }),
  food("sesame-oil", "Toasted sesame oil", "oils-vinegars", [884, 0, 0, 100], "vegan", {
    density: 0.92,
    staple: true,
  }),
  food("coconut-oil", "Coconut oil", "oils-vinegars", [892, 0, 0, 99.1], "vegan", {
    density: 0.92,
    staple: true,
  }),
  food("red-wine-vinegar", "Red wine vinegar", "oils-vinegars", [19, 0, 0.3, 0], "vegan", {
    density: 1.01,
    staple: true,
  }),
  food("balsamic-vinegar", "Balsamic vinegar", "oils-vinegars", [88, 0.5, 17, 0], "vegan", {
    density: 1.06,
    staple: true,
  }),
  food("cider-vinegar", "Apple cider vinegar", "oils-vinegars", [21, 0, 0.9, 0], "vegan", {
    density: 1.01,
    staple: true,
  }),
  food("rice-vinegar", "Rice vinegar", "oils-vinegars", [18, 0, 0.8, 0], "vegan", {
    density: 1.01,
    staple: true,
  }),
  food("soy-sauce", "Soy sauce", "spices-condiments", [53, 8.1, 4.9, 0.6], "vegan", {
    allergens: ["soy", "gluten"],
    density: 1.07,
    staple: true,
  }),
  food("tamari", "Tamari (gluten-free soy sauce)", "spices-condiments", [60, 10.5, 5.6, 0.1], "vegan", {
    allergens: ["soy"],
    density: 1.1,
    staple: true,
  }),
  food("dijon-mustard", "Dijon mustard", "spices-condiments", [66, 4, 5.8, 3.3], "vegan", {
    density: 1.05,
    staple: true,
  }),
  food("mayonnaise", "Mayonnaise", "spices-condiments", [680, 1, 0.6, 75], "vegetarian", {
    allergens: ["egg"],
    density: 0.92,
  }),
  food("ketchup", "Tomato ketchup", "spices-condiments", [101, 1, 27.4, 0.1], "vegan", { density: 1.14 }),
  food("sriracha", "Sriracha", "spices-condiments", [93, 1.9, 19.2, 0.9], "vegan", { density: 1.1 }),
  food("honey", "Honey", "baking", [304, 0.3, 82.4, 0], "vegetarian", { density: 1.42 }),
  food("maple-syrup", "Maple syrup", "baking", [260, 0, 67, 0.1], "vegan", { density: 1.32 }),
  food("strawberry-jam", "Strawberry jam", "spices-condiments", [278, 0.4, 68.9, 0.1], "vegan", {
    density: 1.33,
  }),
  food("sugar", "Caster sugar", "baking", [387, 0, 100, 0], "vegan", { density: 0.85, staple: true }),
  food("brown-sugar", "Soft brown sugar", "baking", [380, 0.1, 98, 0], "vegan", {
    density: 0.9,
    staple: true,
  }),
  food("baking-powder", "Baking powder", "baking", [53, 0, 27.7, 0], "vegan", {
    density: 0.92,
    staple: true,
  }),
  food("bicarbonate-of-soda", "Bicarbonate of soda", "baking", [0, 0, 0, 0], "vegan", {
    density: 0.96,
    staple: true,
  }),
  food("vanilla-extract", "Vanilla extract", "baking", [288, 0.1, 12.7, 0.1], "vegan", {
    density: 0.88,
    staple: true,
  }),
  food("cornflour", "Cornflour (cornstarch)", "baking", [381, 0.3, 91.3, 0.1], "vegan", {
    density: 0.54,
    staple: true,
  }),
  food("salt", "Salt", "spices-condiments", [0, 0, 0, 0], "vegan", { density: 1.2, staple: true }),
  food("black-pepper", "Ground black pepper", "spices-condiments", [251, 10.4, 64, 3.3], "vegan", {
    density: 0.46,
    staple: true,
  }),
  food("ground-cumin", "Ground cumin", "spices-condiments", [375, 17.8, 44.2, 22.3], "vegan", {
    density: 0.42,
    staple: true,
  }),
  food("cumin-seeds", "Cumin seeds", "spices-condiments", [375, 17.8, 44.2, 22.3], "vegan", {
    density: 0.42,
    staple: true,
  }),
  food("paprika", "Paprika", "spices-condiments", [282, 14.1, 54, 12.9], "vegan", {
    density: 0.46,
    staple: true,
  }),
  food("smoked-paprika", "Smoked paprika", "spices-condiments", [282, 14.1, 54, 12.9], "vegan", {
    density: 0.46,
    staple: true,
  }),
  food("chilli-flakes", "Chilli flakes", "spices-condiments", [318, 12, 56.6, 17.3], "vegan", {
    density: 0.36,
    staple: true,
  }),
  food("chilli-powder", "Chilli powder", "spices-condiments", [282, 13.5, 49.7, 14.3], "vegan", {
    density: 0.54,
    staple: true,
  }),
  food("turmeric", "Ground turmeric", "spices-condiments", [312, 9.7, 67.1, 3.3], "vegan", {
    density: 0.6,
    staple: true,
  }),
  food("ground-coriander", "Ground coriander", "spices-condiments", [298, 12.4, 55, 17.8], "vegan", {
    density: 0.36,
    staple: true,
  }),
  food("garam-masala", "Garam masala", "spices-condiments", [379, 15, 45, 15], "vegan", {
    density: 0.4,
    staple: true,
  }),
  food("curry-powder", "Curry powder", "spices-condiments", [325, 14.3, 55.8, 14], "vegan", {
    density: 0.4,
    staple: true,
  }),
  food("cinnamon", "Ground cinnamon", "spices-condiments", [247, 4, 80.6, 1.2], "vegan", {
    density: 0.52,
    staple: true,
  }),
  food("ground-ginger", "Ground ginger", "spices-condiments", [335, 9, 71.6, 4.2], "vegan", {
    density: 0.36,
    staple: true,
  }),
  food("dried-oregano", "Dried oregano", "spices-condiments", [265, 9, 68.9, 4.3], "vegan", {
    density: 0.2,
    staple: true,
  }),
  food("dried-thyme", "Dried thyme", "spices-condiments", [276, 9.1, 63.9, 7.4], "vegan", {
    density: 0.2,
    staple: true,
  }),
  food("mixed-herbs", "Dried mixed Italian herbs", "spices-condiments", [265, 9, 68.9, 4.3], "vegan", {
    density: 0.2,
    staple: true,
  }),
  food("garlic-powder", "Garlic powder", "spices-condiments", [331, 16.6, 72.7, 0.7], "vegan", {
    density: 0.62,
    staple: true,
  }),
  food("bay-leaf", "Bay leaf", "spices-condiments", [313, 7.6, 75, 8.4], "vegan", {
    per: { leaf: 0.2 },
    staple: true,
  }),
  food("five-spice", "Chinese five-spice", "spices-condiments", [347, 10, 65, 9], "vegan", {
    density: 0.4,
    staple: true,
  }),
  food("orange-juice", "Orange juice", "beverages", [45, 0.7, 10.4, 0.2], "vegan", { density: 1.04 }),
];

/**
 * Families and other names a person may type for a food ("beef" covers steak and mince; "shrimp" is
 * prawns). Used to match dislikes by name (lib/catalogue/match-dislikes.ts); the ingredient's own
 * name, its allergens ("nuts", "dairy"…) and its diet class ("meat", "fish") match without being
 * listed here. Terms are written singular and lower case; matching folds plurals and case.
 */
const FAMILIES: Record<string, readonly string[]> = {
  poultry: [
    "chicken-breast",
    "chicken-thigh",
    "cooked-chicken",
    "chicken-stock",
    "turkey-mince",
    "turkey-breast",
  ],
  beef: ["lean-beef-mince", "beef-mince", "sirloin-steak", "stewing-beef", "beef-jerky"],
  steak: ["sirloin-steak", "lamb-leg"],
  mince: ["lean-beef-mince", "beef-mince", "turkey-mince", "pork-mince", "lamb-mince"],
  "ground beef": ["lean-beef-mince", "beef-mince"],
  pork: ["pork-loin", "pork-mince", "pork-sausages", "bacon", "ham", "chorizo"],
  sausage: ["pork-sausages", "chorizo"],
  lamb: ["lamb-mince", "lamb-leg"],
  "red meat": [
    "lean-beef-mince",
    "beef-mince",
    "sirloin-steak",
    "stewing-beef",
    "beef-jerky",
    "pork-loin",
    "pork-mince",
    "pork-sausages",
    "bacon",
    "ham",
    "chorizo",
    "lamb-mince",
    "lamb-leg",
  ],
  "processed meat": ["pork-sausages", "bacon", "ham", "chorizo", "beef-jerky"],
  "oily fish": [
    "salmon-fillet",
    "trout-fillet",
    "smoked-salmon",
    "smoked-mackerel",
    "sardines",
    "anchovies",
    "tuna-steak",
  ],
  "white fish": ["cod-fillet", "sea-bass-fillet"],
  tuna: ["tuna-steak", "canned-tuna"],
  mackerel: ["smoked-mackerel"],
  shrimp: ["prawns"],
  cheese: [
    "cheddar",
    "feta",
    "mozzarella",
    "parmesan",
    "halloumi",
    "ricotta",
    "cream-cheese",
    "goats-cheese",
    "paneer",
    "cottage-cheese",
  ],
  yogurt: ["greek-yogurt", "greek-yogurt-full-fat", "natural-yogurt", "coconut-yogurt", "soy-yogurt"],
  yoghurt: ["greek-yogurt", "greek-yogurt-full-fat", "natural-yogurt", "coconut-yogurt", "soy-yogurt"],
  cream: ["double-cream", "sour-cream"],
  "plant milk": ["soy-milk", "almond-milk", "oat-milk", "rice-milk"],
  tofu: ["firm-tofu", "silken-tofu"],
  "soy product": [
    "firm-tofu",
    "silken-tofu",
    "tempeh",
    "edamame",
    "soy-milk",
    "soy-yogurt",
    "soy-sauce",
    "tamari",
    "miso-paste",
  ],
  "protein powder": ["whey-protein", "pea-protein"],
  bean: ["black-beans", "kidney-beans", "butter-beans", "baked-beans", "green-beans", "edamame"],
  legume: [
    "chickpeas",
    "black-beans",
    "kidney-beans",
    "butter-beans",
    "baked-beans",
    "lentils-canned",
    "red-lentils",
    "green-lentils",
    "chickpea-flour",
    "hummus",
    "peas",
    "edamame",
  ],
  pulse: [
    "chickpeas",
    "black-beans",
    "kidney-beans",
    "butter-beans",
    "baked-beans",
    "lentils-canned",
    "red-lentils",
    "green-lentils",
  ],
  lentil: ["red-lentils", "green-lentils", "lentils-canned"],
  garbanzo: ["chickpeas", "chickpea-flour"],
  mushroom: ["mushrooms"],
  onion: ["onion", "red-onion", "spring-onion", "shallot", "leek"],
  scallion: ["spring-onion"],
  capsicum: ["bell-pepper", "roasted-red-peppers"],
  chilli: ["red-chilli", "jalapeno", "chilli-flakes", "chilli-powder", "sriracha", "harissa", "gochujang"],
  "spicy food": [
    "red-chilli",
    "jalapeno",
    "chilli-flakes",
    "chilli-powder",
    "sriracha",
    "harissa",
    "gochujang",
    "thai-curry-paste",
  ],
  "leafy green": ["spinach", "kale", "romaine-lettuce", "mixed-salad-leaves", "rocket", "pak-choi"],
  lettuce: ["romaine-lettuce", "mixed-salad-leaves"],
  cabbage: ["cabbage", "red-cabbage", "pak-choi"],
  squash: ["butternut-squash", "courgette"],
  potato: ["potato", "new-potatoes"],
  berry: ["blueberries", "strawberries", "raspberries", "frozen-berries"],
  citrus: ["lemon", "lemon-juice", "lime", "lime-juice", "orange", "orange-juice"],
  "dried fruit": ["raisins", "dried-apricots", "medjool-dates"],
  fruit: [
    "apple",
    "pear",
    "banana",
    "blueberries",
    "strawberries",
    "raspberries",
    "mango",
    "orange",
    "pineapple",
    "grapes",
    "kiwi",
    "peach",
    "medjool-dates",
    "frozen-berries",
    "raisins",
    "dried-apricots",
  ],
  "fresh herb": ["coriander", "parsley", "basil", "mint", "dill", "chives", "rosemary"],
  herb: [
    "coriander",
    "parsley",
    "basil",
    "mint",
    "dill",
    "chives",
    "rosemary",
    "dried-oregano",
    "dried-thyme",
    "mixed-herbs",
    "bay-leaf",
  ],
  rice: [
    "white-rice",
    "basmati-rice",
    "brown-rice",
    "arborio-rice",
    "rice-noodles",
    "rice-cakes",
    "rice-milk",
  ],
  noodle: ["rice-noodles", "egg-noodles", "soba-noodles"],
  pasta: ["pasta", "wholewheat-pasta", "gluten-free-pasta"],
  spaghetti: ["pasta", "wholewheat-pasta", "gluten-free-pasta"],
  bread: [
    "wholemeal-bread",
    "white-bread",
    "sourdough-bread",
    "rye-bread",
    "gluten-free-bread",
    "flour-tortilla",
    "corn-tortilla",
    "pitta-bread",
    "naan-bread",
    "bagel",
    "english-muffin",
    "burger-bun",
    "ciabatta",
  ],
  wrap: ["flour-tortilla", "corn-tortilla"],
  oat: ["rolled-oats", "gluten-free-oats", "oat-milk", "oatcakes", "granola"],
  corn: ["sweetcorn", "polenta", "corn-tortilla", "tortilla-chips", "popcorn-kernels", "cornflour"],
  grain: [
    "rolled-oats",
    "gluten-free-oats",
    "white-rice",
    "basmati-rice",
    "brown-rice",
    "arborio-rice",
    "quinoa",
    "couscous",
    "bulgur",
    "polenta",
    "buckwheat-groats",
  ],
  seed: [
    "chia-seeds",
    "ground-flaxseed",
    "pumpkin-seeds",
    "sunflower-seeds",
    "sesame-seeds",
    "hemp-seeds",
    "tahini",
  ],
  sesame: ["sesame-seeds", "sesame-oil", "tahini"],
  coconut: ["coconut-milk", "light-coconut-milk", "coconut-yogurt", "coconut-oil", "desiccated-coconut"],
  chocolate: ["dark-chocolate", "cocoa-powder"],
  sweetener: ["honey", "maple-syrup", "sugar", "brown-sugar", "strawberry-jam"],
  vinegar: ["red-wine-vinegar", "balsamic-vinegar", "cider-vinegar", "rice-vinegar"],
  olive: ["olives", "olive-oil"],
  "curry paste": ["thai-curry-paste"],
  stock: ["vegetable-stock", "chicken-stock"],
};

const ALL_INGREDIENTS: Ingredient[] = [
  ...PRODUCE,
  ...GRAINS_AND_BAKERY,
  ...DAIRY_AND_EGGS,
  ...PLANT_MILKS_AND_PROTEINS,
  ...LEGUMES_AND_CANS,
  ...MEAT,
  ...SEAFOOD,
  ...NUTS_AND_SEEDS,
  ...PANTRY,
];

export const INGREDIENT_FAMILIES = FAMILIES;

export const INGREDIENTS: Ingredient[] = ALL_INGREDIENTS.map((ingredient) => {
  const families = Object.keys(FAMILIES).filter((family) => FAMILIES[family]!.includes(ingredient.slug));
  return families.length > 0 ? { ...ingredient, families } : ingredient;
});
