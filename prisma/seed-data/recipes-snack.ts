import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { recipe, taste } from "./dsl";

export const SNACK_RECIPES: RecipeSource[] = [
  // ── vegan ───────────────────────────────────────────────────────────────
  recipe({
    id: "hummus-carrot-cucumber-sticks", name: "Hummus with carrot & cucumber sticks", slots: ["snack"], prep: 5, cook: 0, serves: 1,
    lines: [["hummus", 60, "g"], ["carrot", 1, "piece"], ["cucumber", 80, "g"], ["smoked-paprika", 0.25, "tsp"]],
    steps: ["Cut the carrot and cucumber into sticks.", "Dust the hummus with paprika and serve for dipping."],
  }),
  recipe({
    id: "apple-peanut-butter", name: "Apple slices with peanut butter", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["apple", 1, "piece"], ["peanut-butter", 1, "tbsp"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Slice the apple.", "Serve with peanut butter dusted with cinnamon."],
  }),
  recipe({
    id: "smoky-roasted-chickpeas", name: "Smoky roasted chickpeas", slots: ["snack"], prep: 5, cook: 30, serves: 3,
    lines: [["chickpeas", 1, "can"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["garlic-powder", 0.5, "tsp"], taste("salt")],
    steps: ["Heat the oven to 200 °C; dry the chickpeas well.", "Toss with oil and spices and roast 30 minutes, shaking halfway.", "Cool to crisp up."],
  }),
  recipe({
    id: "sea-salt-edamame", name: "Sea salt & chilli edamame", slots: ["snack"], prep: 2, cook: 4, serves: 1,
    lines: [["edamame", 150, "g"], ["chilli-flakes", 0.25, "tsp"], ["lime-juice", 1, "tsp"], taste("salt")],
    steps: ["Boil the edamame for 4 minutes and drain.", "Toss with salt, chilli and lime."],
  }),
  recipe({
    id: "trail-mix", name: "Almond, seed & chocolate trail mix", slots: ["snack"], prep: 3, cook: 0, serves: 4,
    lines: [["almonds", 60, "g"], ["pumpkin-seeds", 40, "g"], ["raisins", 40, "g"], ["dark-chocolate", 30, "g", "chopped"]],
    steps: ["Mix everything together and divide into four pots."],
  }),
  recipe({
    id: "peanut-cocoa-energy-balls", name: "Peanut & cocoa date energy balls", slots: ["snack"], prep: 15, cook: 0, serves: 6,
    lines: [["medjool-dates", 8, "piece", "pitted"], ["rolled-oats", 60, "g"], ["peanut-butter", 3, "tbsp"], ["cocoa-powder", 2, "tbsp"], ["chia-seeds", 1, "tbsp"]],
    steps: ["Blitz everything in a food processor until it clumps.", "Roll into 12 balls and chill. Two per serving."],
  }),
  recipe({
    id: "guacamole-tortilla-chips", name: "Guacamole with tortilla chips", slots: ["snack"], prep: 8, cook: 0, serves: 2,
    lines: [["avocado", 1, "piece"], ["lime-juice", 1, "tbsp"], ["tomato", 0.5, "piece"], ["red-onion", 15, "g"], ["coriander", 5, "g"], ["tortilla-chips", 40, "g"], taste("salt")],
    steps: ["Mash the avocado with lime and salt.", "Stir in finely chopped tomato, onion and coriander.", "Serve with the chips."],
  }),
  recipe({
    id: "chocolate-banana-nice-cream", name: "Chocolate banana nice cream", slots: ["snack"], prep: 5, cook: 0, serves: 2,
    lines: [["banana", 2, "piece", "frozen in chunks"], ["cocoa-powder", 1, "tbsp"], ["soy-milk", 3, "tbsp"]],
    steps: ["Blend the frozen banana, cocoa and soy milk until smooth and scoopable.", "Eat straight away or freeze 30 minutes."],
  }),
  recipe({
    id: "smoked-paprika-popcorn", name: "Smoked paprika popcorn", slots: ["snack"], prep: 2, cook: 5, serves: 2,
    lines: [["popcorn-kernels", 50, "g"], ["vegetable-oil", 2, "tsp"], ["smoked-paprika", 0.5, "tsp"], taste("salt")],
    steps: ["Heat the oil and kernels in a lidded pan, shaking, until the popping stops.", "Toss with paprika and salt."],
  }),
  recipe({
    id: "almond-butter-stuffed-dates", name: "Almond butter stuffed dates", slots: ["snack"], prep: 5, cook: 0, serves: 2,
    lines: [["medjool-dates", 4, "piece"], ["almond-butter", 1, "tbsp"], ["desiccated-coconut", 1, "tsp"]],
    steps: ["Split and pit the dates.", "Fill with almond butter and sprinkle with coconut."],
  }),
  recipe({
    id: "berry-chia-pudding-cup", name: "Berry chia pudding cup", slots: ["snack"], prep: 5, cook: 0, serves: 2,
    lines: [["chia-seeds", 3, "tbsp"], ["soy-milk", 250, "ml"], ["maple-syrup", 2, "tsp"], ["raspberries", 100, "g"]],
    steps: ["Whisk chia, soy milk and maple; rest 5 minutes and whisk again.", "Chill at least 2 hours and top with raspberries."],
  }),
  recipe({
    id: "strawberry-banana-smoothie", name: "Strawberry & banana smoothie", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["strawberries", 120, "g"], ["banana", 0.5, "piece"], ["rice-milk", 150, "ml"]],
    steps: ["Blend everything with ice until smooth."],
  }),
  recipe({
    id: "oatcakes-hummus-cucumber", name: "Oatcakes with hummus & cucumber", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["oatcakes", 3, "piece"], ["hummus", 40, "g"], ["cucumber", 40, "g"], taste("black-pepper")],
    steps: ["Spread the oatcakes with hummus and top with thin cucumber slices."],
  }),
  recipe({
    id: "tamari-roasted-almonds", name: "Tamari roasted almonds", slots: ["snack"], prep: 2, cook: 10, serves: 4,
    lines: [["almonds", 120, "g"], ["tamari", 1, "tbsp"], ["chilli-powder", 0.25, "tsp"]],
    steps: ["Toss the almonds with tamari and chilli.", "Roast at 180 °C for 10 minutes, stirring once; cool."],
  }),
  recipe({
    id: "cheesy-kale-chips", name: "'Cheesy' kale chips", slots: ["snack"], prep: 5, cook: 15, serves: 2,
    lines: [["kale", 150, "g"], ["olive-oil", 1, "tbsp"], ["nutritional-yeast", 2, "tbsp"], ["garlic-powder", 0.25, "tsp"], taste("salt")],
    steps: ["Heat the oven to 150 °C.", "Massage the kale with oil, yeast, garlic and salt.", "Bake in a single layer for 15 minutes until crisp."],
  }),
  recipe({
    id: "chilli-avocado-rice-cakes", name: "Avocado & chilli rice cakes", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["rice-cakes", 2, "piece"], ["avocado", 0.5, "piece"], ["chilli-flakes", 0.25, "tsp"], ["lime-juice", 1, "tsp"], taste("salt")],
    steps: ["Mash the avocado with lime and salt.", "Spread on the rice cakes and sprinkle with chilli."],
  }),
  recipe({
    id: "tropical-fruit-salad-mint-lime", name: "Tropical fruit salad with mint & lime", slots: ["snack"], prep: 8, cook: 0, serves: 2,
    lines: [["mango", 1, "piece"], ["pineapple", 150, "g"], ["kiwi", 2, "piece"], ["lime-juice", 1, "tbsp"], ["mint", 6, "leaf"]],
    steps: ["Cube the fruit.", "Toss with lime juice and shredded mint."],
  }),
  recipe({
    id: "baba-ganoush-pitta", name: "Baba ganoush with pitta", slots: ["snack"], prep: 10, cook: 30, serves: 4,
    lines: [["aubergine", 1, "piece"], ["tahini", 2, "tbsp"], ["lemon-juice", 1, "tbsp"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["pitta-bread", 2, "piece"], ["parsley", 5, "g"], taste("salt")],
    steps: ["Roast the whole aubergine at 220 °C for 30 minutes until collapsed.", "Scoop out the flesh and mash with tahini, lemon, garlic and salt.", "Drizzle with oil, scatter parsley and serve with toasted pitta."],
  }),
  recipe({
    id: "vegan-chocolate-protein-shake", name: "Chocolate peanut protein shake", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["pea-protein", 25, "g"], ["soy-milk", 250, "ml"], ["cocoa-powder", 1, "tsp"], ["peanut-butter", 1, "tsp"]],
    steps: ["Blend everything with ice until frothy."],
  }),
  recipe({
    id: "apricot-coconut-bliss-balls", name: "Apricot & coconut bliss balls", slots: ["snack"], prep: 15, cook: 0, serves: 6,
    lines: [["dried-apricots", 15, "piece"], ["gluten-free-oats", 60, "g"], ["desiccated-coconut", 40, "g"], ["sunflower-seeds", 30, "g"], ["coconut-oil", 1, "tbsp"]],
    steps: ["Blitz everything in a food processor until sticky.", "Roll into 12 balls and chill. Two per serving."],
  }),
  recipe({
    id: "banana-oat-raisin-cookies", name: "Banana, oat & raisin cookies", slots: ["snack"], prep: 8, cook: 15, serves: 6,
    lines: [["banana", 2, "piece", "mashed"], ["rolled-oats", 120, "g"], ["raisins", 40, "g"], ["cinnamon", 0.5, "tsp"], ["coconut-oil", 1, "tbsp"]],
    steps: ["Heat the oven to 180 °C.", "Mix everything and spoon 12 mounds onto a lined tray.", "Bake 15 minutes until golden. Two per serving."],
  }),
  recipe({
    id: "chilli-lime-mango", name: "Mango with chilli & lime", slots: ["snack"], prep: 4, cook: 0, serves: 1,
    lines: [["mango", 1, "piece"], ["lime-juice", 1, "tsp"], ["chilli-powder", 0.25, "tsp"], taste("salt")],
    steps: ["Cut the mango into wedges.", "Sprinkle with lime, chilli and a pinch of salt."],
  }),
  recipe({
    id: "dark-chocolate-almonds", name: "Dark chocolate & almonds", slots: ["snack"], prep: 1, cook: 0, serves: 1,
    lines: [["dark-chocolate", 15, "g"], ["almonds", 15, "g"]],
    steps: ["Portion out and enjoy."],
  }),
  recipe({
    id: "pear-tahini-cinnamon", name: "Pear with tahini & cinnamon", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["pear", 1, "piece"], ["tahini", 1, "tbsp"], ["cinnamon", 0.25, "tsp"], ["maple-syrup", 1, "tsp"]],
    steps: ["Slice the pear.", "Drizzle with tahini and maple and dust with cinnamon."],
  }),
  recipe({
    id: "tomato-basil-bruschetta", name: "Tomato & basil bruschetta", slots: ["snack"], prep: 8, cook: 3, serves: 2,
    lines: [["ciabatta", 1, "piece"], ["tomato", 2, "piece"], ["basil", 6, "leaf"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["balsamic-vinegar", 1, "tsp"], taste("salt")],
    steps: ["Slice and toast the ciabatta; rub with the cut garlic.", "Mix the diced tomato with basil, oil, balsamic and salt and spoon on top."],
  }),
  recipe({
    id: "muhammara-crispbread", name: "Muhammara (red pepper & walnut dip) with crispbread", slots: ["snack"], prep: 10, cook: 0, serves: 4,
    lines: [["roasted-red-peppers", 200, "g"], ["walnuts", 60, "g"], ["breadcrumbs", 2, "tbsp"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 0.5, "tsp"], ["lemon-juice", 1, "tbsp"], ["rye-crispbread", 8, "piece"]],
    steps: ["Blend the peppers, walnuts, breadcrumbs, oil, cumin and lemon until nearly smooth.", "Serve with crispbread."],
  }),
  recipe({
    id: "white-bean-rosemary-dip", name: "White bean & rosemary dip with crudités", slots: ["snack"], prep: 8, cook: 0, serves: 3,
    lines: [["cannellini-beans", 1, "can"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 1, "tbsp"], ["garlic", 1, "clove"], ["rosemary", 1, "sprig"], ["carrot", 2, "piece"], ["bell-pepper", 1, "piece"], taste("salt")],
    steps: ["Blend the beans, oil, lemon, garlic and rosemary leaves with a splash of water.", "Season and serve with carrot and pepper sticks."],
  }),
  recipe({
    id: "spiced-apple-crisps", name: "Cinnamon baked apple crisps", slots: ["snack"], prep: 5, cook: 60, serves: 1,
    lines: [["apple", 2, "piece"], ["cinnamon", 0.5, "tsp"]],
    steps: ["Slice the apples very thinly and dust with cinnamon.", "Bake at 110 °C for about an hour, turning once, until crisp."],
  }),
  recipe({
    id: "roasted-pumpkin-seeds-tamari", name: "Tamari toasted seeds", slots: ["snack"], prep: 2, cook: 6, serves: 4,
    lines: [["pumpkin-seeds", 60, "g"], ["sunflower-seeds", 40, "g"], ["tamari", 1, "tbsp"]],
    steps: ["Toast the seeds in a dry pan for 5 minutes.", "Add tamari off the heat, stir until dry and cool."],
  }),

  // ── vegetarian ──────────────────────────────────────────────────────────
  recipe({
    id: "greek-yogurt-honey-walnuts", name: "Greek yogurt with honey & walnuts", slots: ["snack"], prep: 2, cook: 0, serves: 1,
    lines: [["greek-yogurt", 150, "g"], ["honey", 1, "tsp"], ["walnuts", 15, "g"]],
    steps: ["Top the yogurt with honey and broken walnuts."],
  }),
  recipe({
    id: "cottage-cheese-pineapple", name: "Cottage cheese with pineapple", slots: ["snack"], prep: 2, cook: 0, serves: 1,
    lines: [["cottage-cheese", 150, "g"], ["pineapple", 80, "g"]],
    steps: ["Spoon the cottage cheese into a bowl and top with pineapple chunks."],
  }),
  recipe({
    id: "paprika-boiled-eggs", name: "Boiled eggs with paprika salt", slots: ["snack"], prep: 1, cook: 9, serves: 1,
    lines: [["egg", 2, "piece"], ["paprika", 0.25, "tsp"], taste("salt")],
    steps: ["Boil the eggs for 9 minutes and cool in cold water.", "Peel, halve and sprinkle with paprika and salt."],
  }),
  recipe({
    id: "cheddar-oatcakes-apple", name: "Cheddar, oatcakes & apple", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["cheddar", 25, "g"], ["oatcakes", 2, "piece"], ["apple", 0.5, "piece"]],
    steps: ["Slice the cheese and apple and serve with the oatcakes."],
  }),
  recipe({
    id: "tzatziki-veg-sticks", name: "Tzatziki with veg sticks", slots: ["snack"], prep: 8, cook: 0, serves: 2,
    lines: [["greek-yogurt", 200, "g"], ["cucumber", 120, "g"], ["garlic", 1, "clove"], ["mint", 5, "leaf"], ["olive-oil", 1, "tsp"], ["carrot", 1, "piece"], ["bell-pepper", 1, "piece"], taste("salt")],
    steps: ["Grate and squeeze the cucumber; mix with yogurt, garlic, mint, oil and salt.", "Serve with carrot and pepper sticks."],
  }),
  recipe({
    id: "caprese-skewers", name: "Caprese skewers", slots: ["snack"], prep: 8, cook: 0, serves: 2,
    lines: [["mozzarella", 0.5, "piece"], ["cherry-tomatoes", 10, "piece"], ["basil", 10, "leaf"], ["balsamic-vinegar", 1, "tsp"], ["olive-oil", 1, "tsp"]],
    steps: ["Thread mozzarella, tomato and basil onto cocktail sticks.", "Drizzle with oil and balsamic."],
  }),
  recipe({
    id: "berry-whey-smoothie", name: "Berry protein smoothie", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["frozen-berries", 100, "g"], ["whey-protein", 25, "g"], ["milk", 200, "ml"]],
    steps: ["Blend until smooth."],
  }),
  recipe({
    id: "banana-walnut-muffins", name: "Banana & walnut muffins", slots: ["snack"], prep: 10, cook: 22, serves: 6,
    lines: [["wholemeal-flour", 150, "g"], ["baking-powder", 2, "tsp"], ["banana", 2, "piece", "mashed"], ["egg", 1, "piece"], ["milk", 80, "ml"], ["vegetable-oil", 3, "tbsp"], ["brown-sugar", 40, "g"], ["walnuts", 40, "g"]],
    steps: ["Heat the oven to 190 °C and line a 6-hole muffin tin.", "Mix the wet ingredients, fold in the dry ones and the chopped walnuts.", "Bake 20–22 minutes."],
  }),
  recipe({
    id: "devilled-eggs", name: "Devilled eggs", slots: ["snack"], prep: 10, cook: 9, serves: 2,
    lines: [["egg", 4, "piece"], ["mayonnaise", 1, "tbsp"], ["greek-yogurt", 1, "tbsp"], ["dijon-mustard", 1, "tsp"], ["paprika", 0.25, "tsp"], ["chives", 2, "g"]],
    steps: ["Hard-boil the eggs for 9 minutes, cool and halve.", "Mash the yolks with mayonnaise, yogurt and mustard and pipe back in.", "Dust with paprika and chives."],
  }),
  recipe({
    id: "spinach-cheese-mini-quesadilla", name: "Spinach & cheese mini quesadilla", slots: ["snack"], prep: 3, cook: 5, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["cheddar", 20, "g"], ["spinach", 20, "g"], ["salsa", 2, "tbsp"]],
    steps: ["Fill half the tortilla with cheese and spinach, fold.", "Dry-fry 2 minutes a side and serve with salsa."],
  }),
  recipe({
    id: "frozen-yogurt-berry-bark", name: "Frozen yogurt berry bark", slots: ["snack"], prep: 10, cook: 0, serves: 4,
    lines: [["greek-yogurt", 400, "g"], ["honey", 2, "tbsp"], ["blueberries", 80, "g"], ["raspberries", 80, "g"], ["pumpkin-seeds", 2, "tbsp"]],
    steps: ["Mix the yogurt with honey and spread thinly on a lined tray.", "Scatter with berries and seeds and freeze for 3 hours.", "Break into shards."],
  }),
  recipe({
    id: "ricotta-honey-crispbread", name: "Ricotta & honey crispbreads", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["rye-crispbread", 2, "piece"], ["ricotta", 50, "g"], ["honey", 1, "tsp"], ["strawberries", 3, "piece"]],
    steps: ["Spread the crispbreads with ricotta.", "Top with sliced strawberries and honey."],
  }),
  recipe({
    id: "spinach-feta-egg-bites", name: "Spinach & feta egg bites", slots: ["snack"], prep: 8, cook: 18, serves: 3,
    lines: [["egg", 4, "piece"], ["spinach", 50, "g"], ["feta", 40, "g"], ["cherry-tomatoes", 6, "piece"], taste("black-pepper")],
    steps: ["Heat the oven to 180 °C and grease a 6-hole muffin tin.", "Divide spinach, tomato and feta between the holes; pour over beaten egg.", "Bake 18 minutes. Two per serving."],
  }),
  recipe({
    id: "parmesan-crisps", name: "Parmesan crisps", slots: ["snack"], prep: 3, cook: 6, serves: 2,
    lines: [["parmesan", 60, "g", "finely grated"], ["black-pepper", 0.25, "tsp"]],
    steps: ["Heat the oven to 200 °C.", "Spoon small mounds of parmesan onto a lined tray and season.", "Bake 5–6 minutes until golden; cool to crisp."],
  }),
  recipe({
    id: "peanut-protein-oat-bites", name: "Peanut butter protein oat bites", slots: ["snack"], prep: 10, cook: 0, serves: 6,
    lines: [["rolled-oats", 90, "g"], ["whey-protein", 50, "g"], ["peanut-butter", 4, "tbsp"], ["honey", 2, "tbsp"], ["milk", 3, "tbsp"]],
    steps: ["Mix everything into a stiff dough.", "Roll into 12 balls and chill. Two per serving."],
  }),
  recipe({
    id: "cheddar-apple-slices", name: "Cheddar & apple slices", slots: ["snack"], prep: 2, cook: 0, serves: 1,
    lines: [["apple", 1, "piece"], ["cheddar", 30, "g"]],
    steps: ["Slice the apple and cheese and eat together."],
  }),
  recipe({
    id: "cottage-cheese-tomato-rice-cakes", name: "Cottage cheese & tomato rice cakes", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["rice-cakes", 2, "piece"], ["cottage-cheese", 100, "g"], ["cherry-tomatoes", 4, "piece"], taste("black-pepper")],
    steps: ["Spread the cottage cheese on the rice cakes.", "Top with sliced tomatoes and pepper."],
  }),
  recipe({
    id: "mango-lassi", name: "Mango lassi", slots: ["snack"], prep: 3, cook: 0, serves: 2,
    lines: [["mango", 1, "piece"], ["natural-yogurt", 200, "g"], ["milk", 100, "ml"], ["honey", 1, "tsp"]],
    steps: ["Blend everything with a few ice cubes until smooth."],
  }),
  recipe({
    id: "parmesan-herb-popcorn", name: "Parmesan & herb popcorn", slots: ["snack"], prep: 2, cook: 5, serves: 2,
    lines: [["popcorn-kernels", 40, "g"], ["butter", 10, "g"], ["parmesan", 15, "g"], ["dried-oregano", 0.5, "tsp"]],
    steps: ["Pop the kernels in a lidded pan.", "Toss with melted butter, parmesan and oregano."],
  }),
  recipe({
    id: "cheese-chive-scones", name: "Cheese & chive scones", slots: ["snack"], prep: 10, cook: 15, serves: 6,
    lines: [["plain-flour", 180, "g"], ["baking-powder", 2, "tsp"], ["butter", 40, "g"], ["cheddar", 50, "g"], ["chives", 5, "g"], ["milk", 90, "ml"]],
    steps: ["Heat the oven to 210 °C.", "Rub the butter into the flour and baking powder; stir in cheese, chives and milk.", "Pat out, cut six scones and bake 12–15 minutes."],
  }),
  recipe({
    id: "yogurt-granola-pot", name: "Yogurt & granola pot", slots: ["snack"], prep: 2, cook: 0, serves: 1,
    lines: [["natural-yogurt", 120, "g"], ["granola", 25, "g"], ["blueberries", 40, "g"]],
    steps: ["Layer the yogurt, blueberries and granola in a small pot."],
  }),

  // ── pescatarian ─────────────────────────────────────────────────────────
  recipe({
    id: "smoked-salmon-cucumber-bites", name: "Smoked salmon & cream cheese cucumber bites", slots: ["snack"], prep: 8, cook: 0, serves: 1,
    lines: [["cucumber", 100, "g"], ["cream-cheese", 25, "g"], ["smoked-salmon", 40, "g"], ["dill", 1, "g"]],
    steps: ["Slice the cucumber into thick rounds.", "Top each with cream cheese, a curl of salmon and dill."],
  }),
  recipe({
    id: "tuna-mayo-rice-cakes", name: "Tuna mayo rice cakes", slots: ["snack"], prep: 4, cook: 0, serves: 1,
    lines: [["canned-tuna", 0.5, "can"], ["mayonnaise", 2, "tsp"], ["sweetcorn", 1, "tbsp"], ["rice-cakes", 2, "piece"], taste("black-pepper")],
    steps: ["Mix the tuna with mayonnaise and sweetcorn.", "Pile onto the rice cakes and season."],
  }),
  recipe({
    id: "mackerel-pate-crispbread", name: "Smoked mackerel pâté with crispbread", slots: ["snack"], prep: 5, cook: 0, serves: 3,
    lines: [["smoked-mackerel", 80, "g"], ["greek-yogurt", 60, "g"], ["lemon-juice", 1, "tbsp"], ["rye-crispbread", 6, "piece"], taste("black-pepper")],
    steps: ["Mash the mackerel with yogurt, lemon and pepper.", "Spread on the crispbreads."],
  }),
  recipe({
    id: "prawn-cocktail-lettuce-cups", name: "Prawn cocktail lettuce cups", slots: ["snack"], prep: 8, cook: 3, serves: 2,
    lines: [["prawns", 150, "g"], ["mayonnaise", 1, "tbsp"], ["greek-yogurt", 1, "tbsp"], ["ketchup", 2, "tsp"], ["lemon-juice", 1, "tsp"], ["romaine-lettuce", 6, "leaf"], ["paprika", 0.25, "tsp"]],
    steps: ["Poach the prawns for 3 minutes and cool.", "Mix the mayonnaise, yogurt, ketchup and lemon; toss with the prawns.", "Spoon into lettuce leaves and dust with paprika."],
  }),
  recipe({
    id: "sardines-on-crispbread", name: "Sardines & lemon on crispbread", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["sardines", 0.5, "can"], ["rye-crispbread", 2, "piece"], ["lemon-juice", 1, "tsp"], ["parsley", 2, "g"]],
    steps: ["Mash the sardines with lemon and pile onto the crispbreads with parsley."],
  }),

  // ── omnivore ────────────────────────────────────────────────────────────
  recipe({
    id: "jerky-cheese-snack-plate", name: "Beef jerky, cheese & grapes snack plate", slots: ["snack"], prep: 2, cook: 0, serves: 1,
    lines: [["beef-jerky", 25, "g"], ["cheddar", 15, "g"], ["grapes", 80, "g"]],
    steps: ["Arrange everything on a small plate."],
  }),
  recipe({
    id: "turkey-avocado-roll-ups", name: "Turkey & avocado roll-ups", slots: ["snack"], prep: 5, cook: 0, serves: 1,
    lines: [["turkey-breast", 4, "slice"], ["avocado", 0.25, "piece"], ["spinach", 15, "g"], ["dijon-mustard", 1, "tsp"]],
    steps: ["Spread the turkey slices with mustard.", "Add a strip of avocado and a few spinach leaves and roll up."],
  }),
  recipe({
    id: "ham-cheese-roll-ups", name: "Ham & cheese roll-ups", slots: ["snack"], prep: 3, cook: 0, serves: 1,
    lines: [["ham", 3, "slice"], ["cheddar", 1, "slice"], ["cucumber", 40, "g"]],
    steps: ["Lay cheese and cucumber strips on each ham slice and roll up."],
  }),
  recipe({
    id: "chicken-satay-skewers", name: "Chicken satay skewers", slots: ["snack"], prep: 15, cook: 10, serves: 4,
    lines: [["chicken-breast", 300, "g"], ["soy-sauce", 1, "tbsp"], ["lime-juice", 1, "tbsp"], ["curry-powder", 1, "tsp"], ["peanut-butter", 2, "tbsp"], ["light-coconut-milk", 60, "ml"], ["sriracha", 1, "tsp"]],
    steps: ["Marinate strips of chicken in soy, lime and curry powder for 10 minutes; thread onto skewers.", "Grill 8–10 minutes, turning.", "Warm the peanut butter, coconut milk and sriracha into a dipping sauce."],
  }),
  recipe({
    id: "ham-wrapped-asparagus", name: "Ham-wrapped asparagus", slots: ["snack"], prep: 5, cook: 8, serves: 2,
    lines: [["asparagus", 200, "g"], ["ham", 4, "slice"], ["olive-oil", 1, "tsp"], ["parmesan", 10, "g"]],
    steps: ["Wrap bundles of asparagus in ham and brush with oil.", "Roast at 200 °C for 8 minutes and grate over parmesan."],
  }),
  recipe({
    id: "mini-chicken-hummus-wrap", name: "Mini chicken & hummus wrap", slots: ["snack"], prep: 4, cook: 0, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["cooked-chicken", 40, "g"], ["hummus", 25, "g"], ["rocket", 10, "g"]],
    steps: ["Spread the tortilla with hummus, add chicken and rocket, roll tightly and halve."],
  }),
  recipe({
    id: "turkey-meatball-bites", name: "Herby turkey meatball bites", slots: ["snack"], prep: 10, cook: 15, serves: 4,
    lines: [["turkey-mince", 300, "g"], ["breadcrumbs", 3, "tbsp"], ["egg", 1, "piece"], ["parsley", 5, "g"], ["garlic", 1, "clove"], ["dried-oregano", 0.5, "tsp"], ["olive-oil", 1, "tsp"], taste("salt")],
    steps: ["Mix everything and roll into 16 small balls.", "Bake on an oiled tray at 200 °C for 15 minutes."],
  }),
  recipe({
    id: "bacon-wrapped-dates", name: "Bacon-wrapped dates", slots: ["snack"], prep: 5, cook: 12, serves: 3,
    lines: [["medjool-dates", 6, "piece", "pitted"], ["bacon", 3, "slice", "halved"]],
    steps: ["Wrap each date in a half slice of bacon and secure with a cocktail stick.", "Roast at 200 °C for 12 minutes until crisp."],
  }),
];
