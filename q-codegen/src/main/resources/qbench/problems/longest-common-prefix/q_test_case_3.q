result:solve[("interspecies";"interstellar";"interstate")];
show result;
