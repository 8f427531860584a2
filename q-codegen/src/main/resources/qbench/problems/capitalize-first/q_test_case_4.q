result:solve["123abc"];
show result;
