result:solve["x y"];
show result;
