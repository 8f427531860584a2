solve:{[s] @[s;0;upper]}
