result:solve["kitten";"sitting"];
show result;
