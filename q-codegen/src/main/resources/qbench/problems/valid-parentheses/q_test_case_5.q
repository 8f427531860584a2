result:solve["{[]}"];
show result;
