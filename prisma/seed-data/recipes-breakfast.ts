import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { recipe, taste } from "./dsl";

export const BREAKFAST_RECIPES: RecipeSource[] = [
  // ── vegan ───────────────────────────────────────────────────────────────
  recipe({
    id: "berry-chia-overnight-oats", name: "Berry & chia overnight oats", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["rolled-oats", 50, "g"], ["soy-milk", 200, "ml"], ["chia-seeds", 1, "tbsp"], ["frozen-berries", 100, "g"], ["maple-syrup", 1, "tsp"]],
    steps: ["Stir the oats, chia and soy milk together in a jar.", "Top with the berries, cover and chill overnight.", "Drizzle with maple syrup to serve."],
  }),
  recipe({
    id: "peanut-butter-banana-porridge", name: "Peanut butter & banana porridge", slots: ["breakfast"], prep: 2, cook: 6, serves: 1,
    lines: [["rolled-oats", 50, "g"], ["soy-milk", 150, "ml"], ["banana", 1, "piece", "sliced"], ["peanut-butter", 1, "tbsp"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Simmer the oats with the soy milk and 100 ml water for 5 minutes.", "Stir in the cinnamon and top with banana and peanut butter."],
  }),
  recipe({
    id: "tofu-scramble-on-toast", name: "Turmeric tofu scramble on sourdough", slots: ["breakfast"], prep: 5, cook: 8, serves: 2,
    lines: [["firm-tofu", 280, "g", "crumbled"], ["olive-oil", 1, "tbsp"], ["spinach", 80, "g"], ["cherry-tomatoes", 8, "piece", "halved"], ["turmeric", 0.5, "tsp"], ["nutritional-yeast", 1, "tbsp"], ["sourdough-bread", 2, "slice"], taste("salt"), taste("black-pepper")],
    steps: ["Fry the tomatoes in the oil for 2 minutes.", "Add the tofu, turmeric and nutritional yeast and cook for 4 minutes.", "Wilt in the spinach, season and pile onto toasted sourdough."],
  }),
  recipe({
    id: "tofu-black-bean-breakfast-skillet", name: "Tofu & black bean breakfast skillet", slots: ["breakfast"], prep: 5, cook: 10, serves: 2,
    lines: [["firm-tofu", 200, "g", "crumbled"], ["black-beans", 0.5, "can"], ["bell-pepper", 1, "piece", "diced"], ["spring-onion", 2, "piece"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 1, "tsp"], ["smoked-paprika", 0.5, "tsp"], ["avocado", 0.5, "piece"], taste("salt")],
    steps: ["Soften the pepper in the oil for 4 minutes.", "Add the tofu, beans and spices and fry for 5 minutes.", "Scatter with spring onion and sliced avocado."],
  }),
  recipe({
    id: "chickpea-flour-omelette", name: "Chickpea flour omelette with spinach & tomato", slots: ["breakfast"], prep: 5, cook: 8, serves: 1,
    lines: [["chickpea-flour", 60, "g"], ["turmeric", 0.25, "tsp"], ["spinach", 40, "g"], ["tomato", 1, "piece", "diced"], ["spring-onion", 1, "piece"], ["olive-oil", 2, "tsp"], taste("salt"), taste("black-pepper")],
    steps: ["Whisk the chickpea flour and turmeric with 120 ml water and a pinch of salt.", "Pour into an oiled pan and cook for 3 minutes.", "Add the spinach, tomato and spring onion, fold and cook 2 minutes more."],
  }),
  recipe({
    id: "chilli-lime-avocado-toast", name: "Chilli & lime avocado toast", slots: ["breakfast"], prep: 5, cook: 3, serves: 1,
    lines: [["sourdough-bread", 2, "slice"], ["avocado", 1, "piece"], ["lime-juice", 1, "tbsp"], ["chilli-flakes", 0.25, "tsp"], ["pumpkin-seeds", 1, "tbsp"], taste("salt")],
    steps: ["Toast the bread.", "Mash the avocado with lime juice and salt.", "Spread on the toast and top with chilli flakes and pumpkin seeds."],
  }),
  recipe({
    id: "avocado-gluten-free-toast-tomatoes", name: "Smashed avocado & tomato on gluten-free toast", slots: ["breakfast"], prep: 5, cook: 3, serves: 1,
    lines: [["gluten-free-bread", 2, "slice"], ["avocado", 0.5, "piece"], ["cherry-tomatoes", 6, "piece"], ["hemp-seeds", 1, "tbsp"], ["lemon-juice", 1, "tsp"], taste("salt"), taste("black-pepper")],
    steps: ["Toast the bread.", "Smash the avocado with lemon juice and season.", "Spread, top with halved tomatoes and hemp seeds."],
  }),
  recipe({
    id: "mango-coconut-quinoa-bowl", name: "Mango & coconut quinoa breakfast bowl", slots: ["breakfast"], prep: 5, cook: 15, serves: 2,
    lines: [["quinoa", 100, "g"], ["light-coconut-milk", 200, "ml"], ["mango", 1, "piece", "diced"], ["coconut-yogurt", 100, "g"], ["maple-syrup", 2, "tsp"], ["pumpkin-seeds", 2, "tbsp"]],
    steps: ["Simmer the quinoa in the coconut milk and 100 ml water for 15 minutes.", "Divide between bowls and top with coconut yogurt, mango, seeds and maple."],
  }),
  recipe({
    id: "buckwheat-blueberry-porridge", name: "Buckwheat porridge with blueberries", slots: ["breakfast"], prep: 2, cook: 12, serves: 1,
    lines: [["buckwheat-groats", 60, "g"], ["rice-milk", 200, "ml"], ["blueberries", 80, "g"], ["maple-syrup", 1, "tsp"], ["sunflower-seeds", 1, "tbsp"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Simmer the buckwheat in the rice milk and 100 ml water for 12 minutes until creamy.", "Top with blueberries, seeds, cinnamon and maple."],
  }),
  recipe({
    id: "apple-cinnamon-gf-porridge", name: "Apple & cinnamon porridge (gluten-free)", slots: ["breakfast"], prep: 3, cook: 6, serves: 1,
    lines: [["gluten-free-oats", 60, "g"], ["rice-milk", 250, "ml"], ["apple", 1, "piece", "grated"], ["cinnamon", 0.5, "tsp"], ["ground-flaxseed", 1, "tbsp"]],
    steps: ["Simmer the oats, rice milk and half the apple for 5 minutes.", "Stir in the flaxseed and top with the rest of the apple and cinnamon."],
  }),
  recipe({
    id: "coconut-mango-chia-pudding", name: "Coconut & mango chia pudding", slots: ["breakfast"], prep: 5, cook: 0, serves: 2,
    lines: [["chia-seeds", 5, "tbsp"], ["light-coconut-milk", 400, "ml"], ["maple-syrup", 1, "tbsp"], ["mango", 1, "piece", "diced"], ["desiccated-coconut", 1, "tbsp"]],
    steps: ["Whisk the chia, coconut milk and maple; rest 5 minutes and whisk again.", "Chill overnight and top with mango and coconut."],
  }),
  recipe({
    id: "green-protein-smoothie-bowl", name: "Green protein smoothie bowl", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["banana", 1, "piece", "frozen"], ["spinach", 30, "g"], ["frozen-berries", 80, "g"], ["pea-protein", 25, "g"], ["almond-milk", 150, "ml"], ["pumpkin-seeds", 1, "tbsp"], ["chia-seeds", 1, "tsp"]],
    steps: ["Blend the banana, spinach, berries, protein and almond milk until thick.", "Pour into a bowl and top with the seeds."],
  }),
  recipe({
    id: "vegan-banana-pancakes", name: "Fluffy vegan banana pancakes", slots: ["breakfast"], prep: 5, cook: 12, serves: 2,
    lines: [["plain-flour", 120, "g"], ["baking-powder", 2, "tsp"], ["banana", 1, "piece", "mashed"], ["soy-milk", 180, "ml"], ["vegetable-oil", 2, "tsp"], ["maple-syrup", 2, "tbsp"], ["blueberries", 80, "g"]],
    steps: ["Whisk the flour and baking powder; beat in the banana and soy milk.", "Cook ladlefuls in a lightly oiled pan, 2 minutes a side.", "Serve with blueberries and maple syrup."],
  }),
  recipe({
    id: "black-bean-potato-breakfast-burrito", name: "Black bean & potato breakfast burrito", slots: ["breakfast"], prep: 10, cook: 15, serves: 2,
    lines: [["potato", 1, "piece", "diced"], ["black-beans", 0.5, "can"], ["flour-tortilla", 2, "piece"], ["salsa", 4, "tbsp"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 0.5, "tsp"], ["coriander", 5, "g"], taste("salt")],
    steps: ["Fry the potato in the oil with paprika for 12 minutes until crisp.", "Add the beans and warm through.", "Fill the tortillas with the hash, salsa and coriander and roll up."],
  }),
  recipe({
    id: "baked-beans-on-toast", name: "Baked beans on wholemeal toast", slots: ["breakfast"], prep: 2, cook: 5, serves: 1,
    lines: [["baked-beans", 200, "g"], ["wholemeal-bread", 2, "slice"], ["olive-oil", 1, "tsp"], taste("black-pepper")],
    steps: ["Heat the beans in a pan.", "Toast the bread, drizzle with oil and spoon the beans on top."],
  }),
  recipe({
    id: "sweet-potato-black-bean-hash", name: "Sweet potato & black bean hash with avocado", slots: ["breakfast"], prep: 10, cook: 18, serves: 2,
    lines: [["sweet-potato", 2, "piece", "diced"], ["black-beans", 0.5, "can"], ["red-onion", 0.5, "piece"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 1, "tsp"], ["avocado", 0.5, "piece"], ["lime-juice", 1, "tbsp"], taste("salt")],
    steps: ["Fry the sweet potato and onion in the oil for 15 minutes until tender.", "Add cumin and beans and cook 3 minutes.", "Top with avocado and lime juice."],
  }),
  recipe({
    id: "garlic-mushrooms-on-toast", name: "Garlic & thyme mushrooms on toast", slots: ["breakfast"], prep: 5, cook: 8, serves: 1,
    lines: [["mushrooms", 200, "g", "sliced"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["dried-thyme", 0.5, "tsp"], ["sourdough-bread", 2, "slice"], ["parsley", 5, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Fry the mushrooms in the oil over high heat for 5 minutes.", "Add the garlic and thyme for 1 minute and season.", "Pile onto toasted sourdough and scatter with parsley."],
  }),
  recipe({
    id: "coconut-yogurt-granola-parfait", name: "Coconut yogurt, berry & granola parfait", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["coconut-yogurt", 150, "g"], ["granola", 40, "g"], ["raspberries", 80, "g"], ["maple-syrup", 1, "tsp"]],
    steps: ["Layer the yogurt, berries and granola in a glass.", "Finish with a drizzle of maple syrup."],
  }),
  recipe({
    id: "peanut-butter-banana-toast", name: "Peanut butter & banana toast", slots: ["breakfast"], prep: 3, cook: 2, serves: 1,
    lines: [["wholemeal-bread", 2, "slice"], ["peanut-butter", 1.5, "tbsp"], ["banana", 1, "piece"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Toast the bread and spread with peanut butter.", "Top with sliced banana and a pinch of cinnamon."],
  }),
  recipe({
    id: "chocolate-peanut-protein-smoothie", name: "Chocolate peanut protein smoothie", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["banana", 1, "piece"], ["pea-protein", 25, "g"], ["cocoa-powder", 1, "tbsp"], ["peanut-butter", 1, "tbsp"], ["soy-milk", 300, "ml"]],
    steps: ["Blend everything with a few ice cubes until smooth."],
  }),
  recipe({
    id: "maple-tempeh-breakfast-muffin", name: "Maple tempeh & avocado breakfast muffin", slots: ["breakfast"], prep: 5, cook: 8, serves: 2,
    lines: [["tempeh", 150, "g", "thinly sliced"], ["maple-syrup", 1, "tbsp"], ["soy-sauce", 1, "tbsp"], ["smoked-paprika", 0.5, "tsp"], ["vegetable-oil", 2, "tsp"], ["english-muffin", 2, "piece"], ["avocado", 0.5, "piece"], ["tomato", 1, "piece"]],
    steps: ["Fry the tempeh in the oil for 3 minutes a side.", "Add maple, soy and paprika and let it glaze.", "Fill toasted muffins with tempeh, avocado and tomato slices."],
  }),
  recipe({
    id: "savoury-polenta-mushrooms-spinach", name: "Savoury breakfast polenta with mushrooms & spinach", slots: ["breakfast"], prep: 5, cook: 15, serves: 2,
    lines: [["polenta", 80, "g"], ["vegetable-stock", 400, "ml"], ["nutritional-yeast", 2, "tbsp"], ["mushrooms", 200, "g"], ["spinach", 80, "g"], ["garlic", 1, "clove"], ["olive-oil", 1.5, "tbsp"], taste("black-pepper")],
    steps: ["Whisk the polenta into the boiling stock and cook 8 minutes, stirring; stir in the nutritional yeast.", "Fry the mushrooms and garlic in the oil, then wilt in the spinach.", "Serve the mushrooms on the polenta."],
  }),
  recipe({
    id: "apple-almond-bircher-muesli", name: "Apple & almond Bircher muesli", slots: ["breakfast"], prep: 10, cook: 0, serves: 2,
    lines: [["rolled-oats", 100, "g"], ["almond-milk", 250, "ml"], ["apple", 1, "piece", "grated"], ["almonds", 30, "g", "chopped"], ["raisins", 2, "tbsp"], ["cinnamon", 0.5, "tsp"], ["lemon-juice", 1, "tsp"]],
    steps: ["Mix the oats, almond milk, apple, raisins, cinnamon and lemon.", "Chill overnight and top with chopped almonds."],
  }),
  recipe({
    id: "mango-soy-lassi-smoothie", name: "Mango lassi-style soy smoothie", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["mango", 1, "piece"], ["soy-yogurt", 150, "g"], ["soy-milk", 150, "ml"], ["chia-seeds", 1, "tbsp"], ["maple-syrup", 1, "tsp"]],
    steps: ["Blend everything with a handful of ice until smooth."],
  }),
  recipe({
    id: "hemp-berry-smoothie", name: "Hemp & berry smoothie", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["frozen-berries", 150, "g"], ["banana", 1, "piece"], ["hemp-seeds", 3, "tbsp"], ["rice-milk", 250, "ml"]],
    steps: ["Blend everything until smooth and drink straight away."],
  }),
  recipe({
    id: "buckwheat-pancakes-berries", name: "Buckwheat pancakes with berries & maple", slots: ["breakfast"], prep: 5, cook: 12, serves: 2,
    lines: [["buckwheat-flour", 120, "g"], ["baking-powder", 2, "tsp"], ["rice-milk", 220, "ml"], ["ground-flaxseed", 1, "tbsp"], ["coconut-oil", 2, "tsp"], ["frozen-berries", 150, "g"], ["maple-syrup", 2, "tbsp"]],
    steps: ["Whisk the flour, baking powder, flaxseed and rice milk into a thick batter.", "Cook small pancakes in the oil, 2 minutes a side.", "Warm the berries until jammy and spoon over with maple."],
  }),
  recipe({
    id: "almond-butter-rice-cakes-banana", name: "Rice cakes with almond butter & banana", slots: ["breakfast"], prep: 3, cook: 0, serves: 1,
    lines: [["rice-cakes", 3, "piece"], ["almond-butter", 1.5, "tbsp"], ["banana", 1, "piece"], ["chia-seeds", 1, "tsp"]],
    steps: ["Spread the rice cakes with almond butter.", "Top with sliced banana and chia."],
  }),
  recipe({
    id: "spiced-pear-gf-overnight-oats", name: "Spiced pear & walnut overnight oats (gluten-free)", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["gluten-free-oats", 50, "g"], ["coconut-yogurt", 80, "g"], ["rice-milk", 120, "ml"], ["pear", 1, "piece", "diced"], ["walnuts", 15, "g"], ["ground-ginger", 0.25, "tsp"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Stir the oats, yogurt, rice milk and spices together.", "Fold in the pear, chill overnight and top with walnuts."],
  }),
  recipe({
    id: "breakfast-potatoes-beans-greens", name: "Crispy potatoes with beans & greens", slots: ["breakfast"], prep: 5, cook: 20, serves: 2,
    lines: [["new-potatoes", 300, "g", "halved"], ["cannellini-beans", 0.5, "can"], ["kale", 80, "g"], ["garlic", 1, "clove"], ["olive-oil", 1.5, "tbsp"], ["smoked-paprika", 0.5, "tsp"], ["lemon-juice", 1, "tsp"], taste("salt")],
    steps: ["Boil the potatoes for 8 minutes and drain.", "Fry in the oil with paprika until crisp, 10 minutes.", "Add garlic, beans and kale and cook until the kale wilts; finish with lemon."],
  }),

  // ── vegetarian ──────────────────────────────────────────────────────────
  recipe({
    id: "banana-honey-porridge", name: "Banana & honey porridge", slots: ["breakfast"], prep: 2, cook: 5, serves: 1,
    lines: [["rolled-oats", 60, "g"], ["milk", 250, "ml"], ["banana", 1, "piece", "sliced"], ["honey", 1, "tsp"]],
    steps: ["Simmer the oats in the milk for 5 minutes, stirring.", "Top with banana and honey."],
  }),
  recipe({
    id: "scrambled-eggs-on-toast", name: "Buttery scrambled eggs on toast", slots: ["breakfast"], prep: 2, cook: 5, serves: 1,
    lines: [["egg", 3, "piece"], ["butter", 2, "tsp"], ["milk", 2, "tbsp"], ["wholemeal-bread", 2, "slice"], ["chives", 3, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Beat the eggs with the milk.", "Cook gently in half the butter, stirring, until just set.", "Butter the toast, pile on the eggs and snip over chives."],
  }),
  recipe({
    id: "greek-yogurt-berry-granola-bowl", name: "Greek yogurt, berry & granola bowl", slots: ["breakfast"], prep: 3, cook: 0, serves: 1,
    lines: [["greek-yogurt", 200, "g"], ["granola", 40, "g"], ["blueberries", 80, "g"], ["honey", 1, "tsp"]],
    steps: ["Spoon the yogurt into a bowl.", "Top with granola, blueberries and honey."],
  }),
  recipe({
    id: "shakshuka", name: "Shakshuka", slots: ["breakfast"], prep: 10, cook: 20, serves: 2,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["bell-pepper", 1, "piece"], ["garlic", 2, "clove"], ["ground-cumin", 1, "tsp"], ["smoked-paprika", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["egg", 4, "piece"], ["coriander", 5, "g"], taste("salt")],
    steps: ["Soften the onion and pepper in the oil for 8 minutes; add garlic and spices.", "Add the tomatoes and simmer 8 minutes.", "Make four wells, crack in the eggs, cover and cook until the whites set. Scatter with coriander."],
  }),
  recipe({
    id: "spinach-feta-omelette", name: "Spinach & feta omelette", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["egg", 3, "piece"], ["spinach", 50, "g"], ["feta", 30, "g"], ["olive-oil", 1, "tsp"], taste("black-pepper")],
    steps: ["Wilt the spinach in the oil and set aside.", "Pour in the beaten eggs and cook until nearly set.", "Add spinach and crumbled feta, fold and serve."],
  }),
  recipe({
    id: "veggie-frittata", name: "Courgette, pepper & cheddar frittata", slots: ["breakfast"], prep: 10, cook: 18, serves: 4,
    lines: [["egg", 8, "piece"], ["courgette", 1, "piece", "diced"], ["bell-pepper", 1, "piece", "diced"], ["red-onion", 1, "piece"], ["cheddar", 60, "g", "grated"], ["olive-oil", 1, "tbsp"], ["milk", 60, "ml"], taste("salt"), taste("black-pepper")],
    steps: ["Soften the vegetables in the oil in an ovenproof pan for 8 minutes.", "Whisk eggs with milk and cheese, pour over and cook 3 minutes.", "Finish under a hot grill for 5 minutes until set and golden."],
  }),
  recipe({
    id: "huevos-rancheros", name: "Huevos rancheros", slots: ["breakfast"], prep: 5, cook: 12, serves: 2,
    lines: [["corn-tortilla", 4, "piece"], ["black-beans", 0.5, "can"], ["egg", 4, "piece"], ["salsa", 150, "g"], ["avocado", 0.5, "piece"], ["olive-oil", 2, "tsp"], ["coriander", 5, "g"], taste("salt")],
    steps: ["Warm the beans in half the salsa.", "Fry the eggs in the oil.", "Warm the tortillas, top with beans, eggs, remaining salsa, avocado and coriander."],
  }),
  recipe({
    id: "blueberry-buttermilk-style-pancakes", name: "Blueberry pancakes", slots: ["breakfast"], prep: 5, cook: 15, serves: 3,
    lines: [["plain-flour", 150, "g"], ["baking-powder", 2, "tsp"], ["sugar", 1, "tbsp"], ["egg", 1, "piece"], ["milk", 200, "ml"], ["butter", 20, "g", "melted"], ["blueberries", 150, "g"], ["maple-syrup", 2, "tbsp"]],
    steps: ["Whisk flour, baking powder and sugar; beat in egg, milk and melted butter.", "Stir in half the blueberries and cook ladlefuls for 2 minutes a side.", "Serve with the remaining berries and maple syrup."],
  }),
  recipe({
    id: "cinnamon-french-toast-berries", name: "Cinnamon French toast with berries", slots: ["breakfast"], prep: 5, cook: 8, serves: 2,
    lines: [["white-bread", 4, "slice"], ["egg", 2, "piece"], ["milk", 100, "ml"], ["cinnamon", 0.5, "tsp"], ["butter", 15, "g"], ["strawberries", 150, "g"], ["greek-yogurt", 100, "g"], ["honey", 2, "tsp"]],
    steps: ["Whisk eggs, milk and cinnamon; soak the bread briefly.", "Fry in butter until golden on both sides.", "Serve with strawberries, yogurt and honey."],
  }),
  recipe({
    id: "eggs-florentine-muffin", name: "Poached eggs & spinach on English muffins", slots: ["breakfast"], prep: 5, cook: 8, serves: 2,
    lines: [["english-muffin", 2, "piece"], ["egg", 4, "piece"], ["spinach", 150, "g"], ["butter", 10, "g"], ["greek-yogurt", 4, "tbsp"], ["dijon-mustard", 1, "tsp"], ["lemon-juice", 1, "tsp"], taste("black-pepper")],
    steps: ["Poach the eggs in simmering water for 3 minutes.", "Wilt the spinach in the butter; mix yogurt, mustard and lemon for a quick sauce.", "Stack spinach and eggs on toasted muffins and spoon over the sauce."],
  }),
  recipe({
    id: "cottage-cheese-fruit-walnut-bowl", name: "Cottage cheese bowl with peach & walnuts", slots: ["breakfast"], prep: 4, cook: 0, serves: 1,
    lines: [["cottage-cheese", 200, "g"], ["peach", 1, "piece"], ["walnuts", 20, "g"], ["honey", 1, "tsp"], ["cinnamon", 0.25, "tsp"]],
    steps: ["Spoon the cottage cheese into a bowl.", "Top with sliced peach, walnuts, honey and cinnamon."],
  }),
  recipe({
    id: "protein-overnight-oats", name: "High-protein overnight oats", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["rolled-oats", 50, "g"], ["greek-yogurt", 150, "g"], ["milk", 100, "ml"], ["whey-protein", 20, "g"], ["raspberries", 80, "g"]],
    steps: ["Mix oats, yogurt, milk and protein powder in a jar.", "Top with raspberries and chill overnight."],
  }),
  recipe({
    id: "apple-cinnamon-yogurt-overnight-oats", name: "Apple pie overnight oats", slots: ["breakfast"], prep: 5, cook: 0, serves: 1,
    lines: [["rolled-oats", 50, "g"], ["natural-yogurt", 100, "g"], ["milk", 120, "ml"], ["apple", 1, "piece", "grated"], ["cinnamon", 0.5, "tsp"], ["maple-syrup", 1, "tsp"], ["walnuts", 10, "g"]],
    steps: ["Stir oats, yogurt, milk, apple and cinnamon together.", "Chill overnight; top with walnuts and maple."],
  }),
  recipe({
    id: "egg-avocado-toast", name: "Fried egg & avocado toast", slots: ["breakfast"], prep: 3, cook: 4, serves: 1,
    lines: [["sourdough-bread", 1, "slice"], ["avocado", 0.5, "piece"], ["egg", 2, "piece"], ["olive-oil", 1, "tsp"], ["chilli-flakes", 0.25, "tsp"], taste("salt")],
    steps: ["Toast the bread and smash the avocado on top.", "Fry the eggs in the oil and lay on the avocado with chilli flakes."],
  }),
  recipe({
    id: "pepper-cheddar-egg-muffins", name: "Pepper & cheddar egg muffins", slots: ["breakfast"], prep: 10, cook: 20, serves: 2,
    lines: [["egg", 6, "piece"], ["bell-pepper", 1, "piece", "diced"], ["spring-onion", 2, "piece"], ["spinach", 40, "g"], ["cheddar", 50, "g"], ["milk", 3, "tbsp"], taste("salt"), taste("black-pepper")],
    steps: ["Heat the oven to 180 °C and grease a 6-hole muffin tin.", "Divide the vegetables between the holes; whisk eggs, milk and cheese and pour over.", "Bake 20 minutes until set. Three per serving."],
  }),
  recipe({
    id: "egg-cheese-breakfast-quesadilla", name: "Egg & cheese breakfast quesadilla", slots: ["breakfast"], prep: 3, cook: 8, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["egg", 2, "piece"], ["cheddar", 25, "g"], ["spring-onion", 1, "piece"], ["salsa", 2, "tbsp"], ["olive-oil", 1, "tsp"]],
    steps: ["Scramble the eggs in the oil until just set.", "Spread on half the tortilla with cheese and spring onion, fold and toast 2 minutes a side.", "Serve with salsa."],
  }),
  recipe({
    id: "ricotta-strawberry-toast", name: "Ricotta toast with strawberries & honey", slots: ["breakfast"], prep: 4, cook: 2, serves: 1,
    lines: [["sourdough-bread", 2, "slice"], ["ricotta", 80, "g"], ["strawberries", 100, "g"], ["honey", 2, "tsp"], ["mint", 2, "leaf"]],
    steps: ["Toast the bread and spread thickly with ricotta.", "Top with sliced strawberries, honey and torn mint."],
  }),
  recipe({
    id: "halloumi-breakfast-plate", name: "Halloumi, egg & tomato breakfast plate", slots: ["breakfast"], prep: 5, cook: 8, serves: 1,
    lines: [["halloumi", 60, "g"], ["egg", 1, "piece"], ["tomato", 1, "piece", "halved"], ["spinach", 50, "g"], ["olive-oil", 1, "tsp"], taste("black-pepper")],
    steps: ["Fry the halloumi slices and tomato halves in the oil for 2 minutes a side.", "Fry the egg and wilt the spinach in the same pan.", "Serve together with black pepper."],
  }),
  recipe({
    id: "turkish-eggs-cilbir", name: "Turkish eggs (çılbır) with garlic yogurt", slots: ["breakfast"], prep: 5, cook: 6, serves: 2,
    lines: [["greek-yogurt-full-fat", 200, "g"], ["garlic", 1, "clove", "grated"], ["egg", 4, "piece"], ["butter", 15, "g"], ["paprika", 1, "tsp"], ["chilli-flakes", 0.5, "tsp"], ["sourdough-bread", 2, "slice"], ["dill", 3, "g"]],
    steps: ["Mix the yogurt with garlic and a pinch of salt; spread on two plates.", "Poach the eggs and set on the yogurt.", "Melt the butter with paprika and chilli, spoon over, add dill and serve with toast."],
  }),
  recipe({
    id: "mushroom-cheddar-omelette", name: "Mushroom & cheddar omelette", slots: ["breakfast"], prep: 3, cook: 7, serves: 1,
    lines: [["egg", 3, "piece"], ["mushrooms", 80, "g"], ["cheddar", 25, "g"], ["butter", 1, "tsp"], ["chives", 3, "g"], taste("salt")],
    steps: ["Fry the mushrooms in the butter until golden.", "Pour in the beaten eggs and cook until just set.", "Scatter over cheese and chives, fold and serve."],
  }),
  recipe({
    id: "greek-yogurt-oat-pancakes", name: "Greek yogurt oat pancakes", slots: ["breakfast"], prep: 5, cook: 10, serves: 2,
    lines: [["rolled-oats", 80, "g"], ["greek-yogurt", 150, "g"], ["egg", 2, "piece"], ["banana", 1, "piece"], ["baking-powder", 1, "tsp"], ["vegetable-oil", 1, "tsp"], ["raspberries", 100, "g"], ["honey", 2, "tsp"]],
    steps: ["Blend the oats, yogurt, eggs, banana and baking powder.", "Cook small pancakes in the lightly oiled pan, 2 minutes a side.", "Serve with raspberries and honey."],
  }),
  recipe({
    id: "berry-yogurt-oat-smoothie", name: "Berry, yogurt & oat smoothie", slots: ["breakfast"], prep: 4, cook: 0, serves: 1,
    lines: [["frozen-berries", 120, "g"], ["greek-yogurt", 150, "g"], ["rolled-oats", 30, "g"], ["milk", 200, "ml"], ["honey", 1, "tsp"]],
    steps: ["Blend everything until smooth and creamy."],
  }),
  recipe({
    id: "peanut-butter-whey-shake", name: "Peanut butter banana protein shake", slots: ["breakfast"], prep: 3, cook: 0, serves: 1,
    lines: [["milk", 300, "ml"], ["whey-protein", 25, "g"], ["banana", 1, "piece"], ["peanut-butter", 1, "tbsp"]],
    steps: ["Blend everything with ice until smooth."],
  }),
  recipe({
    id: "paneer-bhurji", name: "Paneer bhurji (spiced scrambled paneer)", slots: ["breakfast"], prep: 8, cook: 10, serves: 2,
    lines: [["paneer", 180, "g", "crumbled"], ["onion", 1, "piece"], ["tomato", 1, "piece"], ["red-chilli", 0.5, "piece"], ["ginger", 1, "tsp"], ["turmeric", 0.5, "tsp"], ["garam-masala", 0.5, "tsp"], ["vegetable-oil", 2, "tsp"], ["coriander", 5, "g"], taste("salt")],
    steps: ["Fry the onion in the oil until soft; add ginger, chilli and spices.", "Add the tomato and cook 3 minutes.", "Stir in the paneer, heat through and finish with coriander."],
  }),
  recipe({
    id: "masala-omelette", name: "Masala omelette", slots: ["breakfast"], prep: 5, cook: 5, serves: 1,
    lines: [["egg", 3, "piece"], ["red-onion", 0.25, "piece"], ["tomato", 0.5, "piece"], ["red-chilli", 0.5, "piece"], ["coriander", 3, "g"], ["turmeric", 0.25, "tsp"], ["vegetable-oil", 1, "tsp"], ["wholemeal-bread", 1, "slice"], taste("salt")],
    steps: ["Beat the eggs with the finely chopped onion, tomato, chilli, coriander and turmeric.", "Cook in the oil until set, fold and serve with toast."],
  }),
  recipe({
    id: "cheese-tomato-toast", name: "Grilled cheese & tomato toast", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["wholemeal-bread", 2, "slice"], ["cheddar", 40, "g"], ["tomato", 1, "piece"], ["dried-oregano", 0.25, "tsp"], taste("black-pepper")],
    steps: ["Lightly toast the bread.", "Top with sliced tomato and cheese and grill until bubbling.", "Finish with oregano and pepper."],
  }),
  recipe({
    id: "blueberry-baked-oats", name: "Blueberry baked oats", slots: ["breakfast"], prep: 5, cook: 25, serves: 2,
    lines: [["rolled-oats", 100, "g"], ["banana", 1, "piece", "mashed"], ["egg", 1, "piece"], ["milk", 200, "ml"], ["baking-powder", 1, "tsp"], ["blueberries", 100, "g"], ["maple-syrup", 1, "tbsp"], ["almonds", 15, "g", "flaked"]],
    steps: ["Heat the oven to 190 °C.", "Mix everything except the almonds and pour into a small dish.", "Scatter with almonds and bake 25 minutes until set."],
  }),
  recipe({
    id: "cottage-cheese-pancakes", name: "Cottage cheese pancakes", slots: ["breakfast"], prep: 5, cook: 12, serves: 2,
    lines: [["cottage-cheese", 250, "g"], ["egg", 2, "piece"], ["plain-flour", 60, "g"], ["sugar", 1, "tsp"], ["vegetable-oil", 2, "tsp"], ["strawberries", 120, "g"], ["natural-yogurt", 60, "g"]],
    steps: ["Mash the cottage cheese with the eggs, flour and sugar.", "Fry spoonfuls in the oil for 3 minutes a side.", "Serve with strawberries and yogurt."],
  }),
  recipe({
    id: "welsh-rarebit", name: "Welsh rarebit", slots: ["breakfast"], prep: 5, cook: 6, serves: 2,
    lines: [["cheddar", 90, "g", "grated"], ["milk", 2, "tbsp"], ["dijon-mustard", 1, "tsp"], ["egg", 1, "piece", "yolk only is fine"], ["sourdough-bread", 3, "slice"], ["cherry-tomatoes", 8, "piece"], taste("black-pepper")],
    steps: ["Mix the cheese, milk, mustard and egg into a thick paste.", "Toast the bread, spread with the cheese mix and grill until bubbling.", "Serve with halved tomatoes."],
  }),
  recipe({
    id: "green-shakshuka-feta", name: "Green shakshuka with feta", slots: ["breakfast"], prep: 8, cook: 15, serves: 2,
    lines: [["olive-oil", 1, "tbsp"], ["leek", 1, "piece", "sliced"], ["courgette", 1, "piece", "diced"], ["spinach", 120, "g"], ["garlic", 2, "clove"], ["ground-cumin", 0.5, "tsp"], ["egg", 4, "piece"], ["feta", 40, "g"], ["dill", 3, "g"]],
    steps: ["Soften the leek and courgette in the oil for 8 minutes with garlic and cumin.", "Wilt in the spinach, make wells and crack in the eggs.", "Cover until set, then crumble over feta and dill."],
  }),
  recipe({
    id: "potato-pepper-egg-hash", name: "Potato, pepper & fried egg hash", slots: ["breakfast"], prep: 8, cook: 20, serves: 2,
    lines: [["potato", 2, "piece", "diced"], ["bell-pepper", 1, "piece"], ["onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["egg", 2, "piece"], ["parsley", 5, "g"], taste("salt")],
    steps: ["Parboil the potatoes 5 minutes and drain.", "Fry with onion, pepper and paprika in the oil for 12 minutes until crisp.", "Fry the eggs and serve on top with parsley."],
  }),
  recipe({
    id: "cream-cheese-cucumber-bagel", name: "Cream cheese & cucumber bagel", slots: ["breakfast"], prep: 3, cook: 2, serves: 1,
    lines: [["bagel", 1, "piece"], ["cream-cheese", 30, "g"], ["cucumber", 50, "g"], ["dill", 1, "g"], taste("black-pepper")],
    steps: ["Toast the bagel.", "Spread with cream cheese and layer with thin cucumber, dill and pepper."],
  }),
  recipe({
    id: "mango-pistachio-yogurt-bowl", name: "Mango, chia & pistachio yogurt bowl", slots: ["breakfast"], prep: 4, cook: 0, serves: 1,
    lines: [["greek-yogurt", 200, "g"], ["mango", 0.5, "piece"], ["chia-seeds", 1, "tsp"], ["pistachios", 15, "g"], ["honey", 1, "tsp"]],
    steps: ["Spoon the yogurt into a bowl.", "Top with mango, chia, chopped pistachios and honey."],
  }),
  recipe({
    id: "soft-boiled-eggs-soldiers", name: "Soft-boiled eggs with toast soldiers", slots: ["breakfast"], prep: 2, cook: 6, serves: 1,
    lines: [["egg", 2, "piece"], ["wholemeal-bread", 2, "slice"], ["butter", 1, "tsp"], ["orange", 1, "piece"], taste("salt")],
    steps: ["Boil the eggs for 6 minutes.", "Toast and butter the bread and cut into soldiers.", "Serve with the orange on the side."],
  }),
  recipe({
    id: "berry-quinoa-milk-porridge", name: "Berry quinoa porridge", slots: ["breakfast"], prep: 2, cook: 15, serves: 2,
    lines: [["quinoa", 100, "g"], ["milk", 400, "ml"], ["cinnamon", 0.5, "tsp"], ["frozen-berries", 150, "g"], ["honey", 2, "tsp"], ["almonds", 20, "g"]],
    steps: ["Simmer the quinoa in the milk with cinnamon for 15 minutes until creamy.", "Stir in the berries to warm and top with honey and almonds."],
  }),
  recipe({
    id: "cheddar-chive-scrambled-eggs-gf", name: "Cheddar & chive scrambled eggs with tomatoes", slots: ["breakfast"], prep: 3, cook: 6, serves: 1,
    lines: [["egg", 3, "piece"], ["cheddar", 20, "g"], ["chives", 3, "g"], ["butter", 1, "tsp"], ["cherry-tomatoes", 8, "piece"], ["gluten-free-bread", 1, "slice"]],
    steps: ["Scramble the eggs slowly in the butter.", "Fold in the cheese and chives off the heat.", "Serve with blistered tomatoes and gluten-free toast."],
  }),

  // ── pescatarian ─────────────────────────────────────────────────────────
  recipe({
    id: "smoked-salmon-scrambled-eggs-rye", name: "Smoked salmon & scrambled eggs on rye", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["egg", 2, "piece"], ["smoked-salmon", 50, "g"], ["rye-bread", 1, "slice"], ["butter", 1, "tsp"], ["chives", 2, "g"], taste("black-pepper")],
    steps: ["Scramble the eggs gently in the butter.", "Toast the rye, top with eggs and salmon and scatter with chives."],
  }),
  recipe({
    id: "smoked-salmon-cream-cheese-bagel", name: "Smoked salmon & cream cheese bagel", slots: ["breakfast"], prep: 3, cook: 2, serves: 1,
    lines: [["bagel", 1, "piece"], ["cream-cheese", 30, "g"], ["smoked-salmon", 50, "g"], ["capers", 1, "tsp"], ["red-onion", 10, "g"], ["lemon", 0.25, "piece"]],
    steps: ["Toast the bagel and spread with cream cheese.", "Top with salmon, capers and thin onion; squeeze over lemon."],
  }),
  recipe({
    id: "smoked-mackerel-kedgeree", name: "Smoked mackerel kedgeree", slots: ["breakfast"], prep: 10, cook: 20, serves: 4,
    lines: [["basmati-rice", 200, "g"], ["smoked-mackerel", 200, "g"], ["egg", 4, "piece"], ["onion", 1, "piece"], ["butter", 20, "g"], ["curry-powder", 2, "tsp"], ["peas", 100, "g"], ["parsley", 10, "g"], ["lemon", 0.5, "piece"]],
    steps: ["Cook the rice with the curry powder and peas; boil the eggs for 8 minutes.", "Soften the onion in the butter, then fold in rice and flaked mackerel.", "Top with quartered eggs, parsley and lemon."],
  }),
  recipe({
    id: "smoked-salmon-dill-omelette", name: "Smoked salmon & dill omelette", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["egg", 3, "piece"], ["smoked-salmon", 40, "g"], ["dill", 2, "g"], ["olive-oil", 1, "tsp"], ["rocket", 20, "g"]],
    steps: ["Cook the beaten eggs in the oil until nearly set.", "Lay over salmon and dill, fold and serve with rocket."],
  }),
  recipe({
    id: "sardines-tomato-toast", name: "Sardines & tomato on toast", slots: ["breakfast"], prep: 3, cook: 3, serves: 1,
    lines: [["sourdough-bread", 2, "slice"], ["sardines", 1, "can"], ["tomato", 1, "piece"], ["lemon-juice", 1, "tsp"], ["parsley", 3, "g"], taste("black-pepper")],
    steps: ["Toast the bread and top with sliced tomato.", "Lay on the sardines, squeeze over lemon and add parsley and pepper."],
  }),
  recipe({
    id: "smoked-mackerel-pate-rye", name: "Smoked mackerel pâté on rye", slots: ["breakfast"], prep: 8, cook: 0, serves: 2,
    lines: [["smoked-mackerel", 120, "g"], ["cream-cheese", 60, "g"], ["lemon-juice", 1, "tbsp"], ["dill", 3, "g"], ["rye-bread", 3, "slice"], ["cucumber", 80, "g"], taste("black-pepper")],
    steps: ["Mash the mackerel with cream cheese, lemon, dill and pepper.", "Spread thickly on rye and serve with cucumber."],
  }),
  recipe({
    id: "crab-chive-scrambled-eggs", name: "Crab & chive scrambled eggs on sourdough", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["egg", 2, "piece"], ["crab-meat", 50, "g"], ["chives", 2, "g"], ["butter", 1, "tsp"], ["sourdough-bread", 1, "slice"], ["lemon", 0.25, "piece"]],
    steps: ["Scramble the eggs in butter until just set; fold in the crab and chives.", "Pile onto toast and finish with lemon."],
  }),
  recipe({
    id: "potato-rosti-smoked-salmon", name: "Potato rösti with smoked salmon & soured cream", slots: ["breakfast"], prep: 10, cook: 15, serves: 2,
    lines: [["potato", 2, "piece", "grated"], ["vegetable-oil", 1, "tbsp"], ["smoked-salmon", 100, "g"], ["sour-cream", 3, "tbsp"], ["chives", 3, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Squeeze the grated potato dry and season.", "Fry flat cakes in the oil for 6 minutes a side until crisp.", "Top with salmon, soured cream and chives."],
  }),
  recipe({
    id: "japanese-salmon-rice-breakfast", name: "Japanese-style salmon, rice & miso breakfast", slots: ["breakfast"], prep: 5, cook: 15, serves: 2,
    lines: [["white-rice", 120, "g"], ["salmon-fillet", 1, "piece"], ["miso-paste", 1, "tbsp"], ["spring-onion", 1, "piece"], ["spinach", 60, "g"], ["sesame-seeds", 1, "tsp"], ["tamari", 1, "tsp"]],
    steps: ["Cook the rice.", "Grill the salmon for 8 minutes and flake.", "Whisk the miso into 400 ml hot water with spinach and spring onion; serve with the rice and salmon, sprinkled with sesame."],
  }),

  // ── omnivore ────────────────────────────────────────────────────────────
  recipe({
    id: "lighter-full-english", name: "Lighter full English", slots: ["breakfast"], prep: 5, cook: 15, serves: 1,
    lines: [["bacon", 2, "slice"], ["egg", 1, "piece"], ["mushrooms", 80, "g"], ["tomato", 1, "piece"], ["baked-beans", 100, "g"], ["wholemeal-bread", 1, "slice"], ["vegetable-oil", 1, "tsp"]],
    steps: ["Grill the bacon and halved tomato.", "Fry the mushrooms and egg in the oil; warm the beans.", "Serve with toast."],
  }),
  recipe({
    id: "bacon-egg-breakfast-muffin", name: "Bacon & egg breakfast muffin", slots: ["breakfast"], prep: 3, cook: 8, serves: 1,
    lines: [["english-muffin", 1, "piece"], ["bacon", 2, "slice"], ["egg", 1, "piece"], ["cheddar", 1, "slice"], ["ketchup", 1, "tsp"]],
    steps: ["Grill the bacon and fry the egg.", "Toast the muffin and fill with bacon, egg, cheese and ketchup."],
  }),
  recipe({
    id: "ham-cheese-omelette", name: "Ham & cheese omelette", slots: ["breakfast"], prep: 3, cook: 5, serves: 1,
    lines: [["egg", 3, "piece"], ["ham", 2, "slice"], ["cheddar", 20, "g"], ["butter", 1, "tsp"], ["chives", 2, "g"]],
    steps: ["Cook the beaten eggs in the butter until nearly set.", "Add chopped ham and cheese, fold and serve with chives."],
  }),
  recipe({
    id: "chorizo-potato-hash-egg", name: "Chorizo & potato hash with fried egg", slots: ["breakfast"], prep: 8, cook: 18, serves: 2,
    lines: [["potato", 1.5, "piece", "diced"], ["chorizo", 50, "g"], ["red-onion", 0.5, "piece"], ["bell-pepper", 0.5, "piece"], ["egg", 2, "piece"], ["olive-oil", 1, "tsp"], ["parsley", 5, "g"]],
    steps: ["Parboil the potato 5 minutes and drain.", "Fry the chorizo until it releases its oil, add onion, pepper and potato and cook 10 minutes.", "Top with fried eggs and parsley."],
  }),
  recipe({
    id: "chorizo-egg-breakfast-burrito", name: "Chorizo & egg breakfast burrito", slots: ["breakfast"], prep: 5, cook: 8, serves: 2,
    lines: [["flour-tortilla", 2, "piece"], ["egg", 4, "piece"], ["chorizo", 40, "g"], ["spring-onion", 2, "piece"], ["salsa", 4, "tbsp"], ["spinach", 40, "g"]],
    steps: ["Fry the diced chorizo, add spinach to wilt.", "Add the beaten eggs and scramble until just set.", "Fill the warm tortillas with eggs, spring onion and salsa."],
  }),
  recipe({
    id: "ham-egg-cups", name: "Baked ham & egg cups", slots: ["breakfast"], prep: 5, cook: 15, serves: 2,
    lines: [["ham", 4, "slice"], ["egg", 4, "piece"], ["spinach", 40, "g"], ["cheddar", 20, "g"], ["cherry-tomatoes", 6, "piece"], taste("black-pepper")],
    steps: ["Heat the oven to 190 °C; line four muffin holes with ham.", "Add a little spinach and an egg to each; top with cheese.", "Bake 15 minutes and serve with tomatoes."],
  }),
  recipe({
    id: "turkey-spinach-scramble", name: "Turkey & spinach protein scramble", slots: ["breakfast"], prep: 3, cook: 8, serves: 1,
    lines: [["turkey-mince", 80, "g"], ["egg", 2, "piece"], ["spinach", 50, "g"], ["olive-oil", 1, "tsp"], ["smoked-paprika", 0.25, "tsp"], ["cherry-tomatoes", 5, "piece"], taste("salt")],
    steps: ["Brown the turkey with paprika in the oil.", "Add spinach and tomatoes, then the beaten eggs, and scramble until set."],
  }),
  recipe({
    id: "bacon-avocado-tomato-sourdough", name: "Bacon, avocado & tomato on sourdough", slots: ["breakfast"], prep: 3, cook: 6, serves: 1,
    lines: [["sourdough-bread", 1, "slice"], ["bacon", 2, "slice"], ["avocado", 0.5, "piece"], ["tomato", 1, "piece"], taste("black-pepper")],
    steps: ["Grill the bacon until crisp.", "Toast the bread, top with smashed avocado, tomato and bacon."],
  }),
  recipe({
    id: "sausage-egg-muffin", name: "Sausage & egg muffin", slots: ["breakfast"], prep: 5, cook: 12, serves: 2,
    lines: [["pork-sausages", 2, "piece", "skinned"], ["egg", 2, "piece"], ["english-muffin", 2, "piece"], ["vegetable-oil", 1, "tsp"], ["ketchup", 2, "tsp"]],
    steps: ["Shape the sausage meat into two thin patties and fry 4 minutes a side.", "Fry the eggs.", "Stack in toasted muffins with ketchup."],
  }),
  recipe({
    id: "steak-and-eggs", name: "Steak & eggs with tomatoes", slots: ["breakfast"], prep: 3, cook: 10, serves: 2,
    lines: [["sirloin-steak", 1, "piece"], ["egg", 3, "piece"], ["cherry-tomatoes", 10, "piece"], ["olive-oil", 2, "tsp"], ["rocket", 30, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Sear the seasoned steak in half the oil 3 minutes a side; rest and slice.", "Fry the eggs and blister the tomatoes in the remaining oil.", "Serve with rocket."],
  }),
  recipe({
    id: "chicken-ginger-congee", name: "Chicken & ginger congee", slots: ["breakfast"], prep: 5, cook: 40, serves: 3,
    lines: [["white-rice", 120, "g"], ["chicken-stock", 1200, "ml"], ["chicken-thigh", 2, "piece"], ["ginger", 2, "tbsp"], ["spring-onion", 2, "piece"], ["sesame-oil", 1, "tsp"], ["egg", 3, "piece"], ["tamari", 1, "tbsp"]],
    steps: ["Simmer the rice, stock, ginger and chicken for 40 minutes, stirring often, until creamy.", "Shred the chicken back in; soft-boil the eggs 7 minutes.", "Serve topped with halved eggs, spring onion, sesame oil and tamari."],
  }),
  recipe({
    id: "turkey-sausage-sweet-potato-hash", name: "Turkey, sweet potato & kale hash", slots: ["breakfast"], prep: 8, cook: 18, serves: 2,
    lines: [["turkey-mince", 200, "g"], ["sweet-potato", 1, "piece", "diced"], ["kale", 60, "g"], ["red-onion", 0.5, "piece"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["dried-thyme", 0.5, "tsp"], taste("salt")],
    steps: ["Fry the sweet potato and onion in the oil for 10 minutes.", "Add the turkey and spices and brown for 6 minutes.", "Stir in the kale until wilted."],
  }),
];
