result:solve["abc";"x y z"];
show result;
